package org.throughcare.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.client.CohortGenerator;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.ContactView;
import org.throughcare.group.RosterGenerator;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.UnitView;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * Grows the demo to a benchmark's scale: {@code --throughcare.generate.clients=100000} adds that many clients
 * over the demo's probation offices, forty per generated coordinator (a realistic caseload), and logs how
 * long it took. With {@code --throughcare.generate.enrolled-within-days=365} they are a year of the programme's
 * history instead (all enrolled within the year, with groups and consents, for the follow-up benchmark). Runs after
 * the demo loader and only once: a database that already holds that many clients is left alone.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty("throughcare.generate.clients")
@Order(10)
class SyntheticLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticLoad.class);
    private static final int CASELOAD = 40;

    private final CohortGenerator generator;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;
    private final RosterGenerator rosters;
    private final ContactManagement contacts;
    private final int clients;
    private final int enrolledWithinDays;

    SyntheticLoad(CohortGenerator generator, DirectoryManagement directory, IdentityManagement identity,
                  JdbcClient jdbc, RosterGenerator rosters, ContactManagement contacts,
                  @Value("${throughcare.generate.clients}") int clients,
                  @Value("${throughcare.generate.enrolled-within-days:0}") int enrolledWithinDays) {
        this.generator = generator;
        this.directory = directory;
        this.identity = identity;
        this.jdbc = jdbc;
        this.rosters = rosters;
        this.contacts = contacts;
        this.clients = clients;
        this.enrolledWithinDays = enrolledWithinDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("select count(*) from client").query(Long.class).single();
        if (existing >= clients) {
            log.info("Synthetic load: {} clients already present, nothing generated", existing);
            return;
        }
        long started = System.nanoTime();
        List<UnitView> offices = directory.unitsOfType(AgencyType.PROBATION);
        List<UUID> prisons = directory.organisationsOfType(AgencyType.PRISON).stream().map(o -> o.id()).toList();
        if (offices.isEmpty() || prisons.isEmpty()) {
            log.warn("Synthetic load: the directory has no probation office or prison to generate clients for");
            return;
        }
        int coordinators = (clients + CASELOAD - 1) / CASELOAD;
        List<CreateUser> users = new ArrayList<>();
        for (int i = 0; i < coordinators; i++) {
            UnitView office = offices.get(i % offices.size());
            users.add(new CreateUser("bench-" + i, "Bench Coordinator " + i, null, DemoWorld.PASSWORD, Role.COORDINATOR,
                    new OrganisationId(office.organisationId()), new UnitId(office.id())));
        }
        List<UserId> ids = identity.createUsers(users);
        List<CohortGenerator.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < coordinators; i++) {
            UnitView office = offices.get(i % offices.size());
            int count = Math.min(CASELOAD, clients - i * CASELOAD);
            assignments.add(new CohortGenerator.Assignment(office.id(), office.municipalityCode(), ids.get(i).value(),
                    count));
        }
        CohortGenerator.Request request = new CohortGenerator.Request(assignments, prisons, ids.get(0).value(), 42,
                false, Math.max(0, enrolledWithinDays));
        int made = enrolledWithinDays > 0
                ? generator.generate(request, rosters.writer(new RosterGenerator.Request(candidates(), ids.get(0).value(),
                        43)))
                : generator.generate(request);
        log.info("Synthetic load: generated {} clients for {} coordinators in {} ms{}", made, coordinators,
                (System.nanoTime() - started) / 1_000_000,
                enrolledWithinDays > 0 ? ", enrolled within " + enrolledWithinDays + " days, with groups" : "");
    }

    /** The directory's contacts outside probation, by the municipality of their unit: who can sit in a group there. */
    private Map<String, List<RosterGenerator.Candidate>> candidates() {
        Map<UUID, String> municipalityOfUnit = new HashMap<>();
        Map<String, List<RosterGenerator.Candidate>> byMunicipality = new HashMap<>();
        for (ContactView c : contacts.allContacts()) {
            if (c.unitId() == null || c.agencyType() == AgencyType.PROBATION) {
                continue;
            }
            String municipality = municipalityOfUnit.computeIfAbsent(c.unitId(),
                    unit -> contacts.unit(unit).municipalityCode());
            byMunicipality.computeIfAbsent(municipality, m -> new ArrayList<>())
                    .add(new RosterGenerator.Candidate(c.id(), c.fullName(), c.organisationId(), c.agencyType()));
        }
        return byMunicipality;
    }
}
