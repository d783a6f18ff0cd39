package org.throughcare.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.ClientId;

/**
 * Who may be invited: the client's coordinator and the group's current members, each by a key ({@code user:<id>} or
 * {@code contact:<id>}), unaudited — the caller has passed the gate for this client.
 */
@Component
class MeetingPeople {

    /** One person of the group, with the key a form or an API call names them by. */
    record Person(String key, UUID userId, UUID contactId, String name, UUID organisationId) {

        Meetings.Invitee invitee() {
            return new Meetings.Invitee(userId, contactId, name, organisationId, false);
        }
    }

    private final GroupManagement groups;
    private final IdentityManagement identity;

    MeetingPeople(GroupManagement groups, IdentityManagement identity) {
        this.groups = groups;
        this.identity = identity;
    }

    List<Person> of(ClientId client, UUID coordinatorId) {
        List<Person> people = new ArrayList<>();
        identity.user(coordinatorId).filter(u -> u.organisationId() != null).ifPresent(u ->
                people.add(new Person(InviteeView.key(u.id(), null), u.id(), null, u.displayName(), u.organisationId())));
        groups.currentMembers(client).forEach(m -> {
            String key = InviteeView.key(m.userId(), m.contactId());
            if (people.stream().noneMatch(p -> p.key().equals(key))) {
                people.add(new Person(key, m.userId(), m.contactId(), m.personName(), m.organisationId()));
            }
        });
        return people;
    }

    static Optional<Person> byKey(List<Person> people, String key) {
        return people.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
