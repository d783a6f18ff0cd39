package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.PersonalNumber;

@IntegrationTest
class CohortGeneratorTests {

    private static final int COUNT = 3000;

    @Autowired
    CohortGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;

    @Test
    void aCohortHasTheSeedsProportionsValidNumbersAndConsistentHistories() {
        ClientFixtures fixtures = new ClientFixtures(jdbc, management);
        var manager = fixtures.actor("manager");
        generator.generate(new CohortGenerator.Request(
                List.of(new CohortGenerator.Assignment(manager.unitId().value(), "2480", manager.userId().value(), COUNT)),
                List.of(fixtures.prison("Anstalten Umeå")), manager.userId().value(), 7, false));

        Map<String, Long> gender = count("select c.gender from client c where c.coordinator_id = :u and c.registered_by = :u",
                manager.userId().value());
        assertThat(gender.get("MALE") * 100.0 / COUNT).as("share of men").isBetween(80.0, 90.0);
        Map<String, Long> offences = count("""
                select e.main_offence from client c join custody_episode e on e.client_id = c.id
                where c.coordinator_id = :u and c.registered_by = :u""", manager.userId().value());
        assertThat(offences.get("NARCOTICS") * 100.0 / COUNT).as("share of narcotics offences").isBetween(28.0, 38.0);
        assertThat(offences.get("NARCOTICS")).isGreaterThan(offences.get("ROBBERY"));
        assertThat(offences.get("ROBBERY")).isGreaterThan(offences.get("SEXUAL_OFFENCE"));

        List<String> numbers = jdbc.sql("select id_number from client where registered_by = :u and coordinator_id = :u")
                .param("u", manager.userId().value()).query(String.class).list();
        assertThat(numbers).hasSize(COUNT).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(PersonalNumber.parse("SE", n).value()).isEqualTo(n));

        // Every recorded path follows the lifecycle, and the case's stage is where its path ends.
        List<Object[]> transitions = jdbc.sql("""
                        select t.client_id, t.from_stage, t.to_stage, t.effective_on, c.stage, c.stage_since
                        from stage_transition t join client c on c.id = t.client_id
                        where c.registered_by = :u and c.coordinator_id = :u""")
                .param("u", manager.userId().value())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class)})
                .list();
        Map<Object, List<Object[]>> byClient = transitions.stream().collect(Collectors.groupingBy(t -> t[0]));
        assertThat(byClient).hasSize(COUNT);
        Set<String> endStages = new HashSet<>();
        byClient.values().forEach(steps -> {
            // Follow the chain from registration; several steps can share a day, so rows have no reliable order.
            Map<String, Object[]> byFrom = new HashMap<>();
            steps.forEach(step -> byFrom.put(String.valueOf(step[1]), step));
            Object[] step = byFrom.get("null");
            assertThat(step).as("registration step").isNotNull();
            LocalDate previous = (LocalDate) step[3];
            int walked = 1;
            while (byFrom.containsKey((String) step[2])) {
                Object[] next = byFrom.get((String) step[2]);
                Stage from = Stage.valueOf((String) next[1]);
                Stage to = Stage.valueOf((String) next[2]);
                assertThat(from.canMoveTo(to) || to == Stage.SCREENED).as(from + " -> " + to).isTrue();
                assertThat((LocalDate) next[3]).isAfterOrEqualTo(previous);
                previous = (LocalDate) next[3];
                step = next;
                walked++;
            }
            assertThat(walked).as("every step is on the path").isEqualTo(steps.size());
            assertThat(step[2]).as("the case is where its path ends").isEqualTo(step[4]);
            assertThat(step[3]).isEqualTo(step[5]);
            endStages.add((String) step[2]);
        });
        assertThat(endStages).as("a cohort reaches every stage").hasSizeGreaterThanOrEqualTo(Stage.values().length - 1);
    }

    private Map<String, Long> count(String sql, UUID user) {
        return jdbc.sql(sql).param("u", user).query(String.class).list().stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
