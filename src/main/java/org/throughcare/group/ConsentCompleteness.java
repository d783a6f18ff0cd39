package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.OfficeFigures;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.group.internal.Consents;
import org.throughcare.shared.Actor;

/**
 * How well consent is documented (D3), per probation office: of the enrolled clients with at least one
 * agency in their group, the share whose every agency is covered by a consent in force. In the Swedish
 * trial half were undocumented. Enrolled clients with no agency in the group yet are counted apart.
 */
@Service
public class ConsentCompleteness {

    public record Office(String probationOfficeName, int enrolled, int withoutGroup, int withGroup, int complete) {

        /** Percent of clients with a group whose every agency is covered; null when there are none. */
        public Integer percentComplete() {
            return withGroup == 0 ? null : Math.round(100f * complete / withGroup);
        }
    }

    private final OfficeFigures clients;
    private final Consents consents;
    private final DirectoryManagement directory;
    private final Clock clock;

    ConsentCompleteness(OfficeFigures clients, Consents consents, DirectoryManagement directory, Clock clock) {
        this.clients = clients;
        this.consents = consents;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Office> byOffice(Actor actor) {
        Map<UUID, List<UUID>> enrolled = clients.enrolledByOffice(actor);
        Map<UUID, String> names = directory.names(enrolled.keySet());
        LocalDate today = LocalDate.now(clock);
        List<Office> offices = new ArrayList<>();
        enrolled.forEach((office, ids) -> {
            Map<UUID, Consents.Coverage> coverage = consents.coverageOf(ids, today);
            int withGroup = coverage.size();
            int complete = (int) coverage.values().stream().filter(c -> c.covered() == c.agencies()).count();
            offices.add(new Office(names.get(office), ids.size(), ids.size() - withGroup, withGroup, complete));
        });
        offices.sort(java.util.Comparator.comparing(Office::probationOfficeName,
                java.util.Comparator.nullsLast(String::compareTo)));
        return offices;
    }
}
