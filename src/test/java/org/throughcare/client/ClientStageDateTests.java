package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.ClientId;

/**
 * The first day of each stage that follow-up reads (client_stage_date, V51, through the view followup_client)
 * follows every change of the stage transitions, whoever makes it: the module's registration, a transition
 * inserted, one corrected to another day, one deleted. Dates below are worked out by hand from the rows written.
 */
@IntegrationTest
class ClientStageDateTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement management;

    ClientFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClientFixtures(jdbc, management);
    }

    private Map<String, Object> dates(ClientId client) {
        return jdbc.sql("""
                select referred_on, screened_on, enrolled_on, exited_on, exit_stage from followup_client
                where client_id = :c""").param("c", client.value()).query().singleRow();
    }

    private UUID transition(ClientId client, String from, String to, LocalDate on) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into stage_transition (id, client_id, from_stage, to_stage, effective_on, reason, recorded_by,
                  recorded_at) values (:id, :c, :f, :t, :on, 'test', :by, :at)""")
                .param("id", id).param("c", client.value()).param("f", from).param("t", to).param("on", on)
                .param("by", fixtures.actor("coordinator").userId().value()).param("at", Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    @Test
    void theStageDatesFollowInsertsCorrectionsAndDeletions() {
        ClientId client = fixtures.referred("Stage Dates");
        LocalDate today = LocalDate.now();
        assertThat(dates(client).get("referred_on")).isEqualTo(java.sql.Date.valueOf(today));
        assertThat(dates(client).get("screened_on")).isNull();

        UUID screened = transition(client, "REFERRED", "SCREENED", LocalDate.of(2026, 3, 10));
        transition(client, "SCREENED", "SCREENED", LocalDate.of(2026, 3, 4));
        assertThat(dates(client).get("screened_on")).isEqualTo(java.sql.Date.valueOf("2026-03-04"));

        jdbc.sql("update stage_transition set effective_on = :on where id = :id")
                .param("on", LocalDate.of(2026, 2, 20)).param("id", screened).update();
        assertThat(dates(client).get("screened_on")).isEqualTo(java.sql.Date.valueOf("2026-02-20"));

        transition(client, "SCREENED", "WITHDREW", LocalDate.of(2026, 4, 1));
        transition(client, "SCREENED", "MOVED", LocalDate.of(2026, 4, 2));
        assertThat(dates(client).get("exited_on")).isEqualTo(java.sql.Date.valueOf("2026-04-01"));
        assertThat(dates(client).get("exit_stage")).isEqualTo("WITHDREW");

        jdbc.sql("delete from stage_transition where client_id = :c and to_stage in ('SCREENED', 'WITHDREW', 'MOVED')")
                .param("c", client.value()).update();
        assertThat(dates(client).get("screened_on")).isNull();
        assertThat(dates(client).get("exited_on")).isNull();
        assertThat(dates(client).get("exit_stage")).isNull();
        assertThat(dates(client).get("referred_on")).isEqualTo(java.sql.Date.valueOf(today));

        jdbc.sql("delete from stage_transition where client_id = :c").param("c", client.value()).update();
        Object registered = jdbc.sql("select cast(registered_at as date) from client where id = :c")
                .param("c", client.value()).query().singleValue();
        assertThat(dates(client).get("referred_on")).isEqualTo(registered);
    }
}
