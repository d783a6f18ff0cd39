package org.throughcare.client;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A probation office of its own under the demo's Umeå probation, with two coordinators and a manager who sign in
 * with the demo's password: the setting a cohort is entered into, so that its figures hold only its own clients.
 * The office and its people are set up as rows (they are not what the test compares); everything about the
 * clients goes through the API.
 */
record HistoricOffice(UUID unit, String coordinator, UUID secondCoordinatorId, String manager) {

    HistoricOffice(JdbcClient jdbc, String tag) {
        this(newOffice(jdbc, tag), "hist-coordinator-" + tag, UUID.randomUUID(), "hist-manager-" + tag);
        UUID probation = probation(jdbc);
        user(jdbc, UUID.randomUUID(), coordinator, "COORDINATOR", probation);
        user(jdbc, secondCoordinatorId, "hist-coordinator2-" + tag, "COORDINATOR", probation);
        user(jdbc, UUID.randomUUID(), manager, "MANAGER", probation);
    }

    String name() {
        return "Historikkontoret " + coordinator.substring("hist-coordinator-".length());
    }

    UUID coordinatorId(JdbcClient jdbc) {
        return jdbc.sql("select id from app_user where username = :u").param("u", coordinator).query(UUID.class)
                .single();
    }

    private static UUID probation(JdbcClient jdbc) {
        return jdbc.sql("select organisation_id from app_user where username = 'coordinator'").query(UUID.class)
                .single();
    }

    private static UUID newOffice(JdbcClient jdbc, String tag) {
        UUID office = UUID.randomUUID();
        jdbc.sql("insert into unit (id, version, organisation_id, name, municipality_code) values (:id, 0, :o, :n, '2480')")
                .param("id", office).param("o", probation(jdbc)).param("n", "Historikkontoret " + tag).update();
        return office;
    }

    private void user(JdbcClient jdbc, UUID id, String username, String role, UUID probation) {
        // The demo coordinator's hash: the password is "demo" for these too.
        String hash = jdbc.sql("select password_hash from app_user where username = 'coordinator'")
                .query(String.class).single();
        jdbc.sql("""
                insert into app_user (id, version, username, display_name, password_hash, role, organisation_id,
                  unit_id, enabled)
                values (:id, 0, :u, :u, :hash, :r, :o, :unit, true)""")
                .param("id", id).param("hash", hash).param("u", username).param("r", role).param("o", probation).param("unit", unit)
                .update();
    }
}
