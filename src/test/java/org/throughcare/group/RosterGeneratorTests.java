package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.client.CohortGenerator;
import org.throughcare.directory.AgencyType;

/**
 * A generated year of the programme (the follow-up benchmark's data, the demo's trial year): every client enrolled
 * within the year after referral, screening and consent in that order; groups inside the client's time in the
 * programme; consents given on the day the client consented, naming the group's agencies, withdrawn when the client
 * withdrew; all recorded as if live.
 */
@IntegrationTest
class RosterGeneratorTests {

    private static final int COUNT = 600;

    @Autowired
    CohortGenerator cohorts;
    @Autowired
    RosterGenerator rosters;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGeneratedYearKeepsEveryDayInOrderAndEveryGroupAndConsentInsideTheClientsTime() {
        var manager = TestActors.actor(jdbc, "manager");
        UUID generatedBy = TestActors.actor(jdbc, "admin").userId().value();
        List<RosterGenerator.Candidate> candidates = jdbc.sql("""
                        select c.id, c.full_name, c.organisation_id, o.agency_type from contact c
                        join organisation o on o.id = c.organisation_id
                        where o.name in ('Socialtjänsten Umeå', 'Beroendemottagningen Umeå', 'Arbetsförmedlingen Umeå',
                                         'KRIS Umeå')""")
                .query((rs, n) -> new RosterGenerator.Candidate(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), AgencyType.valueOf(rs.getString(4)))).list();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        cohorts.generate(new CohortGenerator.Request(List.of(new CohortGenerator.Assignment(manager.unitId().value(),
                        "2480", manager.userId().value(), COUNT)), List.of(TestActors.organisation(jdbc, "Anstalten Umeå")),
                generatedBy, 31, false, 365), rosters.writer(new RosterGenerator.Request(Map.of("2480", candidates),
                generatedBy, 32)));
        String mine = "c.registered_by = :by and c.coordinator_id = :coordinator ";

        assertThat(count("select count(*) from client c where " + mine)).isEqualTo(COUNT);
        // One day per step, in the lifecycle's order; referral and screening days where follow-up reads them.
        assertThat(count("""
                select count(*) from client c
                join stage_transition r on r.client_id = c.id and r.to_stage = 'REFERRED'
                join stage_transition s on s.client_id = c.id and s.to_stage = 'SCREENED'
                join stage_transition k on k.client_id = c.id and k.to_stage = 'CONSENTED'
                join stage_transition e on e.client_id = c.id and e.to_stage = 'ENROLLED'
                join eligibility_screening g on g.client_id = c.id
                where\s""" + mine + """
                   and r.effective_on = c.referred_on and g.screened_on = s.effective_on
                   and r.effective_on < s.effective_on and s.effective_on < k.effective_on
                   and k.effective_on < e.effective_on and e.effective_on between :yearAgo and :fortnightAgo""",
                today)).as("clients with every day in order, enrolled within the year").isEqualTo(COUNT);
        Map<String, Long> stages = jdbc.sql("select c.stage from client c where " + mine).param("by", generatedBy)
                .param("coordinator", manager.userId().value()).query(String.class).list().stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(stages.keySet()).containsExactlyInAnyOrder("ENROLLED", "RELEASED", "COMPLETED",
                "RETURNED_TO_CUSTODY", "WITHDREW", "MOVED", "DIED");
        long left = stages.get("WITHDREW") + stages.get("MOVED") + stages.get("DIED");
        assertThat(left * 100.0 / COUNT).as("share who left within the year").isBetween(14.0, 28.0);
        assertThat(count("""
                select count(*) from client c join stage_transition t on t.client_id = c.id
                where\s""" + mine + " and (t.entered_afterwards or t.effective_on > :today or t.recorded_at > :now)",
                today)).as("steps not recorded as if live on their own day").isZero();

        // Groups: joined between consent and enrolment, ended on the day the client left the programme.
        assertThat(count("""
                select count(*) from group_member m join client c on c.id = m.client_id
                join stage_transition k on k.client_id = c.id and k.to_stage = 'CONSENTED'
                join stage_transition e on e.client_id = c.id and e.to_stage = 'ENROLLED'
                where\s""" + mine + """
                   and (m.from_date < k.effective_on or m.from_date > e.effective_on
                        or (m.to_date is null) <> (c.stage in ('ENROLLED', 'RELEASED', 'RETURNED_TO_CUSTODY'))
                        or (m.to_date is not null and m.to_date <> c.stage_since))""", today)).isZero();
        long withSocialServices = count("""
                select count(distinct m.client_id) from group_member m join client c on c.id = m.client_id
                join organisation o on o.id = m.organisation_id
                where\s""" + mine + " and o.name = 'Socialtjänsten Umeå'", today);
        assertThat(withSocialServices * 100.0 / COUNT).as("groups with social services").isBetween(88.0, 99.0);

        // Consents: given the day the client consented, naming the group's agencies, withdrawn on withdrawal.
        long consents = count("select count(*) from consent n join client c on c.id = n.client_id where " + mine, today);
        assertThat(consents * 100.0 / COUNT).as("clients with a documented consent").isBetween(84.0, 98.0);
        assertThat(count("""
                select count(*) from consent n join client c on c.id = n.client_id
                join stage_transition k on k.client_id = c.id and k.to_stage = 'CONSENTED'
                where\s""" + mine + """
                   and (n.given_on <> k.effective_on
                        or (n.withdrawn_on is not null) <> (c.stage = 'WITHDREW')
                        or (n.withdrawn_on is not null and n.withdrawn_on <> c.stage_since))""", today)).isZero();
        List<Object[]> named = jdbc.sql("""
                        select n.client_id, o.organisation_id from consent n join client c on c.id = n.client_id
                        join consent_organisation o on o.consent_id = n.id where\s""" + mine)
                .param("by", generatedBy).param("coordinator", manager.userId().value())
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2)}).list();
        List<Object[]> members = jdbc.sql("""
                        select m.client_id, m.organisation_id from group_member m join client c on c.id = m.client_id
                        where\s""" + mine + " and m.client_id in (select client_id from consent)")
                .param("by", generatedBy).param("coordinator", manager.userId().value())
                .query((rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2)}).list();
        Set<String> consented = named.stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
        Set<String> inGroup = members.stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
        assertThat(consented).as("a consent names exactly the group's agencies").isEqualTo(inGroup);
    }

    private long count(String sql, LocalDate today) {
        return jdbc.sql(sql).param("by", TestActors.actor(jdbc, "admin").userId().value())
                .param("coordinator", TestActors.actor(jdbc, "manager").userId().value())
                .param("yearAgo", today.minusDays(365)).param("fortnightAgo", today.minusDays(14))
                .param("today", today).param("now", java.sql.Timestamp.from(java.time.Instant.now()))
                .query(Long.class).single();
    }

    private long count(String sql) {
        return count(sql, LocalDate.now(ZoneId.of("Europe/Stockholm")));
    }
}
