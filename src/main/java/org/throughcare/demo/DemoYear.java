package org.throughcare.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.CohortGenerator;
import org.throughcare.client.Stage;
import org.throughcare.directory.ContactManagement;
import org.throughcare.group.RosterGenerator;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.Actor;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * A year of the programme's history for follow-up to show: the Swedish trial's clients, enrolled over the past twelve
 * months — nine in Umeå, three in Norrköping, fifteen in Göteborg — each office with the coordinator who ran it. Six
 * of the Umeå and Norrköping clients left (withdrew, moved, died), as in Brå's evaluation; Göteborg kept all of
 * theirs, some released, some completed, two back in custody. Each enrolled client has a group formed between
 * consent and enrolment and, for most, a documented consent. Written as if recorded live, day by day (not marked
 * as entered afterwards), in batches: it adds well under a second to the demo's start. Then the year's meetings
 * ({@link DemoYearMeetings}, in batches too) and the outcome forms due at release, +6 and +12 months
 * ({@link DemoFollowup}, through the outcome module).
 */
@Component
class DemoYear {

    /** One trial office: where, its probation organisation and office, and how its clients stand today. */
    record Office(String municipalityCode, String place, UUID probationOrganisation, UUID officeUnit,
                  Set<UUID> agencies, List<Stage> outcomes) {
    }

    static final List<Stage> UMEA = List.of(Stage.RELEASED, Stage.RELEASED, Stage.COMPLETED, Stage.ENROLLED,
            Stage.ENROLLED, Stage.WITHDREW, Stage.WITHDREW, Stage.MOVED, Stage.DIED);
    static final List<Stage> NORRKOPING = List.of(Stage.RELEASED, Stage.WITHDREW, Stage.MOVED);
    static final List<Stage> GOTEBORG = List.of(Stage.ENROLLED, Stage.ENROLLED, Stage.ENROLLED, Stage.ENROLLED,
            Stage.RELEASED, Stage.RELEASED, Stage.RELEASED, Stage.RELEASED, Stage.RELEASED, Stage.RELEASED,
            Stage.COMPLETED, Stage.COMPLETED, Stage.COMPLETED, Stage.RETURNED_TO_CUSTODY, Stage.RETURNED_TO_CUSTODY);
    private static final String[][] COORDINATORS = {{"trial.umea", "Anders Lindberg"},
            {"trial.norrkoping", "Lena Axelsson"}, {"trial.goteborg", "Fredrik Holm"}};

    private final CohortGenerator clients;
    private final RosterGenerator groups;
    private final ContactManagement contacts;
    private final IdentityManagement identity;
    private final DemoYearMeetings meetings;
    private final DemoFollowup followup;

    DemoYear(CohortGenerator clients, RosterGenerator groups, ContactManagement contacts, IdentityManagement identity,
             DemoYearMeetings meetings, DemoFollowup followup) {
        this.meetings = meetings;
        this.followup = followup;
        this.clients = clients;
        this.groups = groups;
        this.contacts = contacts;
        this.identity = identity;
    }

    /** {@code offices} in the order Umeå, Norrköping, Göteborg; {@code prisons} by municipality code. */
    void build(List<Office> offices, Map<String, UUID> prisons, UUID recordedBy) {
        List<CohortGenerator.Assignment> cohort = new ArrayList<>();
        Map<String, List<RosterGenerator.Candidate>> candidates = new HashMap<>();
        List<Actor> coordinators = new ArrayList<>();
        List<UUID> meetingPrisons = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            Office office = offices.get(i);
            UUID coordinator = identity.createUser(new CreateUser(COORDINATORS[i][0], COORDINATORS[i][1],
                    COORDINATORS[i][0] + "@example.se", DemoWorld.PASSWORD, Role.COORDINATOR,
                    new OrganisationId(office.probationOrganisation()), new UnitId(office.officeUnit()))).value();
            coordinators.add(new Actor(new UserId(coordinator), COORDINATORS[i][0], Role.COORDINATOR,
                    new OrganisationId(office.probationOrganisation()), new UnitId(office.officeUnit())));
            cohort.add(new CohortGenerator.Assignment(office.officeUnit(), office.municipalityCode(), coordinator,
                    office.outcomes().size(), office.outcomes()));
            UUID prison = prisons.get(office.municipalityCode());
            // Göteborg has no prison of its own in the demo: its clients serve at Skänninge, as in the trial.
            meetingPrisons.add(prison != null ? prison : prisons.get("0581"));
            candidates.put(office.municipalityCode(), contacts.allContacts().stream()
                    .filter(c -> office.agencies().contains(c.organisationId()) || c.organisationId().equals(prison))
                    .map(c -> new RosterGenerator.Candidate(c.id(), c.fullName(), c.organisationId(), c.agencyType()))
                    .toList());
        }
        List<UUID> prisonIds = new ArrayList<>(prisons.values());
        Collections.sort(prisonIds);
        clients.generate(new CohortGenerator.Request(cohort, prisonIds, recordedBy, 2025, false, 365),
                groups.writer(new RosterGenerator.Request(candidates, recordedBy, 2025)));
        // Then the year's work with them, each step on its own past day: meetings, and the follow-up forms due.
        meetings.hold(coordinators, meetingPrisons);
        coordinators.forEach(followup::outcomes);
    }
}
