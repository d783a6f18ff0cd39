package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ReferralDayRule;
import org.throughcare.client.CoordinatorChangeView;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.ContactView;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.group.internal.GroupMembers;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.identity.UserSummaryView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.Role;

/**
 * Who is in a client's reintegration group. Reading it needs what reading the case needs, and shows each reader
 * what {@link Disclosure} allows; changing it is for those the access gate lets change the case. Every change
 * is kept with who, when and why.
 */
@NamedInterface("api")
@Service
public class GroupManagement {

    private final GroupMembers members;
    private final AccessPolicy gate;
    private final ClientQueries clients;
    private final ClientAccessFacts accessFacts;
    private final IdentityManagement identity;
    private final ContactManagement contacts;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferralDayRule referralDay;

    GroupManagement(GroupMembers members, AccessPolicy gate, ClientQueries clients, ClientAccessFacts accessFacts,
                    IdentityManagement identity, ContactManagement contacts, DirectoryManagement directory,
                    AuditLog audit, Clock clock, ReferralDayRule referralDay) {
        this.referralDay = referralDay;
        this.members = members;
        this.gate = gate;
        this.clients = clients;
        this.accessFacts = accessFacts;
        this.identity = identity;
        this.contacts = contacts;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The group as this reader may see it (see package-info): members from health or addiction care, and
     * treatment roles, only to readers of health data; reasons only to those who manage the case.
     */
    @Transactional(readOnly = true)
    public RosterView roster(ClientId clientId, Actor actor) {
        Disclosure reader = Disclosure.decide(gate, actor, clientId, "group roster");
        List<MemberView> everyone = members(clientId, reader);
        UUID coordinator = accessFacts.of(clientId).orElseThrow(() -> new NotFoundException("client")).coordinatorId();
        List<CoordinatorChangeView> handovers = clients.coordinatorChanges(clientId, actor, "group roster").stream()
                .map(c -> new CoordinatorChangeView(c.fromCoordinatorId(), c.fromCoordinator(), c.toCoordinatorId(),
                        c.toCoordinator(), c.on(), reader.freeText(c.reason()), c.recordedBy(), c.recordedAt()))
                .toList();
        return new RosterView(identity.displayNames(List.of(coordinator)).get(coordinator),
                everyone.stream().filter(MemberView::current).toList(), everyone, handovers);
    }

    /**
     * Of these organisations and every one ever in the client's group, those a reader must not see named where
     * another module shows an organisation (a plan measure's owner), with the names of those agencies and of their
     * members: the rule of {@link Disclosure}, unaudited, for a caller that has asked the gate whether the reader
     * may read health data for this client.
     */
    @Transactional(readOnly = true)
    public WithheldAgencies withheldAgencies(ClientId clientId, java.util.Collection<UUID> also, boolean readsHealth) {
        List<GroupMembers.Row> rows = members.ofClient(clientId.value());
        Set<UUID> candidates = new HashSet<>(also);
        rows.forEach(r -> candidates.add(r.organisationId()));
        Set<UUID> hidden = new Disclosure(false, readsHealth).hiddenOrganisations(candidates, directory);
        Set<String> names = new HashSet<>(directory.names(hidden).values());
        rows.stream().filter(r -> hidden.contains(r.organisationId())).forEach(r -> names.add(r.personName()));
        return new WithheldAgencies(hidden, names);
    }

    /** Every membership this reader may see, unaudited: the caller has decided {@code reader} through the gate. */
    List<MemberView> members(ClientId clientId, Disclosure reader) {
        List<GroupMembers.Row> rows = members.ofClient(clientId.value());
        Set<UUID> hidden = reader.hiddenOrganisations(rows.stream().map(GroupMembers.Row::organisationId).toList(),
                directory);
        rows = rows.stream().filter(r -> reader.showsMember(r.role(), r.organisationId(), hidden)).toList();
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.addedBy());
            if (r.endedBy() != null) {
                ids.add(r.endedBy());
            }
        });
        Map<UUID, String> people = identity.displayNames(ids);
        Map<UUID, String> organisations = directory.names(rows.stream().map(GroupMembers.Row::organisationId).toList());
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(r -> new MemberView(r.id(), r.personName(), r.userId(),
                r.contactId(), r.organisationId(), organisations.get(r.organisationId()), r.role(), r.from(), r.to(),
                people.get(r.addedBy()), reader.freeText(r.addReason()),
                r.endedBy() == null ? null : people.get(r.endedBy()), reader.freeText(r.endReason()),
                isCurrent(r, today), r.enteredAfterwards(), r.endEnteredAfterwards())).toList();
    }

    /** A current member as a notice's sender sees them: the person (an account or a directory contact) and where. */
    public record CurrentMember(UUID userId, UUID contactId, String personName, UUID organisationId) {
    }

    /**
     * The group's current members, unguarded and unaudited: for deciding who is told of a change to the case.
     * What each of them is then told passes the gate for them.
     */
    @Transactional(readOnly = true)
    public List<CurrentMember> currentMembers(ClientId clientId) {
        LocalDate today = LocalDate.now(clock);
        return members.ofClient(clientId.value()).stream().filter(r -> isCurrent(r, today))
                .map(r -> new CurrentMember(r.userId(), r.contactId(), r.personName(), r.organisationId())).toList();
    }

    /** Adds a user or a directory contact; their organisation is the one they belong to. */
    @Transactional
    public UUID addMember(ClientId clientId, AddMember add, Actor actor) {
        gate.requireChange(actor, clientId, "add group member");
        if ((add.userId() == null) == (add.contactId() == null)) {
            throw new InvalidInputException("userId", "validation.group.onePerson");
        }
        String name;
        UUID organisation;
        if (add.userId() != null) {
            UserSummaryView user = identity.user(add.userId()).filter(u -> u.organisationId() != null)
                    .filter(u -> u.role() == Role.PARTNER_WORKER || u.role() == Role.PRISON_STAFF
                            || u.role() == Role.COORDINATOR || u.role() == Role.MANAGER)
                    .orElseThrow(() -> new InvalidInputException("userId", "validation.group.unknownPerson"));
            name = user.displayName();
            organisation = user.organisationId();
        } else {
            ContactView contact;
            try {
                contact = contacts.contact(add.contactId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("contactId", "validation.group.unknownPerson");
            }
            name = contact.fullName();
            organisation = contact.organisationId();
        }
        referralDay.require(clientId, "from", add.from());
        LocalDate today = LocalDate.now(clock);
        boolean alreadyIn = members.ofClient(clientId.value()).stream().filter(r -> isCurrent(r, today))
                .anyMatch(r -> (add.userId() != null && add.userId().equals(r.userId()))
                        || (add.contactId() != null && add.contactId().equals(r.contactId())));
        if (alreadyIn) {
            throw new InvalidInputException(add.userId() != null ? "userId" : "contactId", "validation.group.alreadyMember");
        }
        UUID id = UUID.randomUUID();
        members.add(new GroupMembers.Row(id, clientId.value(), add.userId(), add.contactId(), name, organisation,
                add.role(), add.from(), null, actor.userId().value(), blankToNull(add.reason()), null, null,
                add.from().isBefore(today), false), clock.instant());
        audit.record(AuditEvent.change("GROUP_MEMBER_ADDED", "client", clientId, add.role() + " " + organisation
                + (add.from().isBefore(today) ? " entered afterwards" : "")));
        return id;
    }

    @Transactional
    public void endMembership(ClientId clientId, UUID memberId, EndMembership end, Actor actor) {
        gate.requireChange(actor, clientId, "end group membership");
        GroupMembers.Row row = members.find(memberId).filter(r -> r.clientId().equals(clientId.value()))
                .orElseThrow(() -> new NotFoundException("group member"));
        if (row.to() != null) {
            throw new InvalidInputException("to", "validation.group.alreadyEnded");
        }
        if (end.to().isBefore(row.from())) {
            throw new InvalidInputException("to", "validation.group.endBeforeStart", row.from());
        }
        boolean afterwards = end.to().isBefore(LocalDate.now(clock));
        members.end(memberId, end.to(), end.reason().strip(), actor.userId().value(), clock.instant(), afterwards);
        audit.record(AuditEvent.change("GROUP_MEMBER_ENDED", "client", clientId, row.role() + " " + row.organisationId()
                + (afterwards ? " entered afterwards" : "")));
    }

    /** A membership counts from its first day through its last. */
    static boolean isCurrent(GroupMembers.Row row, LocalDate today) {
        return !row.from().isAfter(today) && (row.to() == null || !row.to().isBefore(today));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
