package org.throughcare;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.shared.Actor;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/** The demo's users as actors, and its organisations by name, for tests that call services directly. */
public final class TestActors {

    private TestActors() {
    }

    public static Actor actor(JdbcClient jdbc, String username) {
        return jdbc.sql("select id, role, organisation_id, unit_id from app_user where username = :u").param("u", username)
                .query((rs, n) -> new Actor(new UserId(rs.getObject(1, UUID.class)), username,
                        Role.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : new OrganisationId(rs.getObject(3, UUID.class)),
                        rs.getObject(4) == null ? null : new UnitId(rs.getObject(4, UUID.class))))
                .single();
    }

    public static UUID organisation(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from organisation where name = :n").param("n", name).query(UUID.class).single();
    }
}
