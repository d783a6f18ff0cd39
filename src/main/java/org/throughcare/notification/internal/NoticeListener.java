package org.throughcare.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.client.CoordinatorHandedOver;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.group.ConsentExpiring;
import org.throughcare.group.ConsentWithdrawn;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.identity.UserSummaryView;
import org.throughcare.notification.NoticeKind;
import org.throughcare.notification.internal.Notifier.Happening;
import org.throughcare.notification.internal.Notifier.Person;
import org.throughcare.plan.MeasureAccepted;
import org.throughcare.plan.MeasureAssigned;
import org.throughcare.plan.MeasureDeclined;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;

/**
 * Who is told of what. Each listener runs after the change committed, in a transaction of its own, and is
 * recorded in the event publication registry until it completes, so an event is never lost; its key, made from
 * the event itself, makes a second delivery tell nobody again.
 * <ul>
 * <li>a release date set, moved or cleared: every current member of the group, the coordinator and the office
 * manager; the client gets a notice of their own;</li>
 * <li>a measure given to an organisation: its responsible person, or (a directory contact being responsible)
 * the organisation's members of the group;</li>
 * <li>a measure accepted or declined: the coordinator;</li>
 * <li>a coordinator handover: the former and the new coordinator and the office manager;</li>
 * <li>a consent withdrawn or running out within 14 days: the coordinator and the office manager.</li>
 * </ul>
 * Nobody is told of their own change. The custody events are told by {@link CustodyNoticeListener}, which asks
 * this class for the group and the case's managers.
 */
@Component
class NoticeListener {

    private final Notifier notifier;
    private final GroupManagement groups;
    private final ClientAccessFacts clients;
    private final IdentityManagement identity;

    NoticeListener(Notifier notifier, GroupManagement groups, ClientAccessFacts clients, IdentityManagement identity) {
        this.notifier = notifier;
        this.groups = groups;
        this.clients = clients;
        this.identity = identity;
    }

    /**
     * A release date is a decision about a day that may lie ahead: whether it was entered afterwards (decided before
     * the day it was recorded) is the client module's to say, and the event carries its word.
     */
    @ApplicationModuleListener
    void on(ReleaseDateChanged event) {
        List<Person> people = new ArrayList<>(members(event.clientId()));
        people.addAll(caseManagers(event.clientId()));
        notifier.tell(new Happening("release-date:" + event.clientId() + ":" + event.changedAt(),
                NoticeKind.RELEASE_DATE_CHANGED, event.clientId(), event.previousDate(), event.newDate(), null,
                event.changedBy(), event.reason(), event.changedAt(), event.enteredAfterwards()), people);
    }

    @ApplicationModuleListener
    void on(MeasureAssigned event) {
        List<Person> people = new ArrayList<>();
        if (event.responsibleUserId() != null) {
            people.add(Person.user(event.responsibleUserId()));
        } else {
            groups.currentMembers(event.clientId()).stream()
                    .filter(m -> m.userId() != null && m.organisationId().equals(event.ownerOrganisationId()))
                    .forEach(m -> people.add(Person.user(m.userId())));
        }
        notifier.tell(new Happening("measure-assigned:" + event.measureId() + ":" + event.assignedAt(),
                NoticeKind.MEASURE_ASSIGNED, event.clientId(), null, null, event.measureId(), event.assignedBy(), null),
                people);
    }

    @ApplicationModuleListener
    void on(MeasureAccepted event) {
        notifier.tell(new Happening("measure-accepted:" + event.measureId() + ":" + event.acceptedAt(),
                NoticeKind.MEASURE_ACCEPTED, event.clientId(), null, null, event.measureId(), event.acceptedBy(), null),
                coordinator(event.clientId()));
    }

    @ApplicationModuleListener
    void on(MeasureDeclined event) {
        notifier.tell(new Happening("measure-declined:" + event.measureId() + ":" + event.declinedAt(),
                NoticeKind.MEASURE_DECLINED, event.clientId(), null, null, event.measureId(), event.declinedBy(), null),
                coordinator(event.clientId()));
    }

    @ApplicationModuleListener
    void on(CoordinatorHandedOver event) {
        List<Person> people = new ArrayList<>();
        people.add(new Person(event.from().value(), null, null, null, false, true));
        people.add(Person.user(event.to().value()));
        people.addAll(caseManagers(event.clientId()));
        notifier.tell(new Happening("handover:" + event.clientId() + ":" + event.at(),
                NoticeKind.COORDINATOR_HANDED_OVER, event.clientId(), null, event.on(), event.to().value(), event.by(),
                null), people);
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        List<Person> people = caseManagers(event.clientId());
        notifier.tell(new Happening("consent-withdrawn:" + event.consentId(), NoticeKind.CONSENT_WITHDRAWN,
                event.clientId(), null, event.on(), event.consentId(), event.recordedBy(), null), people);
    }

    @ApplicationModuleListener
    void on(ConsentExpiring event) {
        List<Person> people = caseManagers(event.clientId());
        notifier.tell(new Happening("consent-expiring:" + event.consentId() + ":" + event.validUntil(),
                NoticeKind.CONSENT_EXPIRING, event.clientId(), null, event.validUntil(), event.consentId(), null, null),
                people);
    }

    List<Person> members(ClientId client) {
        return groups.currentMembers(client).stream().map(m -> new Person(m.userId(), m.contactId(), m.personName(),
                m.organisationId(), true, false)).toList();
    }

    private List<Person> coordinator(ClientId client) {
        return clients.of(client).map(ClientAccessFacts.Facts::coordinatorId).map(Person::user).stream().toList();
    }

    /** Those who manage the case: its coordinator and the managers of its office. */
    List<Person> caseManagers(ClientId client) {
        Optional<UUID> office = clients.of(client).map(ClientAccessFacts.Facts::probationOfficeId);
        List<Person> people = new ArrayList<>(coordinator(client));
        office.ifPresent(o -> identity.usersAt(new UnitId(o), Role.MANAGER).stream().filter(UserSummaryView::active)
                .forEach(u -> people.add(Person.user(u.id()))));
        return people;
    }
}
