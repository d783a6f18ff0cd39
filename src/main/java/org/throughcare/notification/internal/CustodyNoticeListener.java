package org.throughcare.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientReleased;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.EarlyReleaseSet;
import org.throughcare.client.ResponsibleMunicipalityChanged;
import org.throughcare.client.ReturnedToCustody;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.notification.NoticeKind;
import org.throughcare.notification.internal.Notifier.Happening;
import org.throughcare.notification.internal.Notifier.Person;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UserId;

/**
 * Who is told of a custody event, as of a moved release date: every current member of the group and the case's
 * managers (coordinator, office manager), each only if the gate lets them read custody facts, and the client in
 * plain language. The key is the recorded custody event's id, so a redelivery tells nobody again. Besides:
 * <ul>
 * <li>a transfer: the staff of the receiving institution, found among the accounts (the directory lists no
 * contact officer); the gate lets them read the client because the prison rule follows the transfer;</li>
 * <li>a change of municipality: the staff of the social-services organisations the directory places in the old
 * and the new municipality; the gate tells only those the client's consent lets read (in practice the group's
 * social-services member), and audits the refusal of the others.</li>
 * </ul>
 */
@Component
class CustodyNoticeListener {

    private final Notifier notifier;
    private final NoticeListener recipients;
    private final IdentityManagement identity;
    private final DirectoryManagement directory;

    CustodyNoticeListener(Notifier notifier, NoticeListener recipients, IdentityManagement identity,
                          DirectoryManagement directory) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.identity = identity;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(ClientTransferred event) {
        List<Person> people = group(event.clientId());
        identity.usersInRoles(Set.of(Role.PRISON_STAFF)).stream()
                .filter(u -> u.active() && Objects.equals(u.organisationId(), event.toInstitutionId()))
                .forEach(u -> people.add(Person.user(u.id())));
        tell(event.custodyEventId(), NoticeKind.CLIENT_TRANSFERRED, event.clientId(), null, event.on(),
                event.toInstitutionId(), event.recordedBy(), event.recordedAt(), event.enteredAfterwards(), people);
    }

    @ApplicationModuleListener
    void on(EarlyReleaseSet event) {
        tell(event.custodyEventId(), NoticeKind.EARLY_RELEASE_SET, event.clientId(), event.previousDate(), event.on(),
                null, event.recordedBy(), event.recordedAt(), event.enteredAfterwards(), group(event.clientId()));
    }

    @ApplicationModuleListener
    void on(ClientReleased event) {
        tell(event.custodyEventId(), NoticeKind.CLIENT_RELEASED, event.clientId(), null, event.on(), null,
                event.recordedBy(), event.recordedAt(), event.enteredAfterwards(), group(event.clientId()));
    }

    @ApplicationModuleListener
    void on(ReturnedToCustody event) {
        tell(event.custodyEventId(), NoticeKind.RETURNED_TO_CUSTODY, event.clientId(), null, event.on(),
                event.institutionId(), event.recordedBy(), event.recordedAt(), event.enteredAfterwards(),
                group(event.clientId()));
    }

    @ApplicationModuleListener
    void on(ResponsibleMunicipalityChanged event) {
        List<Person> people = group(event.clientId());
        Set<String> municipalities = new HashSet<>();
        municipalities.add(event.municipalityCode());
        if (event.previousMunicipalityCode() != null) {
            municipalities.add(event.previousMunicipalityCode());
        }
        // The directory places an organisation in a municipality through its units; the staff's accounts name
        // the organisation (seldom the unit), so the organisations are what the accounts are matched on.
        Set<UUID> socialServices = new HashSet<>();
        directory.unitsOfType(AgencyType.SOCIAL_SERVICES).stream()
                .filter(unit -> municipalities.contains(unit.municipalityCode()))
                .forEach(unit -> socialServices.add(unit.organisationId()));
        identity.usersInRoles(Set.of(Role.PARTNER_WORKER)).stream()
                .filter(u -> u.active() && socialServices.contains(u.organisationId()))
                .forEach(u -> people.add(Person.user(u.id())));
        tell(event.custodyEventId(), NoticeKind.RESPONSIBLE_MUNICIPALITY_CHANGED, event.clientId(), null, event.on(),
                null, event.recordedBy(), event.recordedAt(), event.enteredAfterwards(), people);
    }

    private List<Person> group(ClientId client) {
        List<Person> people = new ArrayList<>(recipients.members(client));
        people.addAll(recipients.caseManagers(client));
        return people;
    }

    /**
     * {@code enteredAfterwards} is the custody record's own (issue 15 item 3), decided by the client module when it
     * recorded the event: whether the event happened, or for an early release was decided, before the day it was
     * recorded. It is not worked out again here from the event's dates.
     */
    private void tell(UUID custodyEventId, NoticeKind kind, ClientId client, LocalDate previous, LocalDate on,
                      UUID subject, UserId by, Instant at, boolean enteredAfterwards, List<Person> people) {
        // The free-text reason stays behind the gate in the custody history: the notice carries none.
        notifier.tell(new Happening("custody-event:" + custodyEventId, kind, client, previous, on, subject, by, null,
                at, enteredAfterwards), people);
    }
}
