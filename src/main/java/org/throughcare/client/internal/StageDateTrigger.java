package org.throughcare.client.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Keeps {@code client_stage_date} (V51) — each client's first day at each stage — current on H2, where a trigger
 * is a Java class: after any insert, update or delete of a stage transition, the client's row is worked out again
 * from all of the client's transitions. On PostgreSQL a PL/pgSQL trigger does the same with {@link #FIRST_DATES}.
 * A trigger, not the writing code, so that every writer — live, historic entries, the generator, a correction made
 * in SQL — keeps the dates true.
 */
public class StageDateTrigger implements Trigger {

    /** A client's first day at each stage and the exit (exits are final), by client, from {@code stage_transition}. */
    public static final String FIRST_DATES = """
            select client_id,
                   min(case when to_stage = 'REFERRED' then effective_on end) as referred_on,
                   min(case when to_stage = 'SCREENED' then effective_on end) as screened_on,
                   min(case when to_stage = 'CONSENTED' then effective_on end) as consented_on,
                   min(case when to_stage = 'ENROLLED' then effective_on end) as enrolled_on,
                   min(case when to_stage = 'RELEASED' then effective_on end) as released_on,
                   min(case when to_stage = 'COMPLETED' then effective_on end) as completed_on,
                   min(case when to_stage = 'RETURNED_TO_CUSTODY' then effective_on end) as returned_on,
                   min(case when to_stage in ('DECLINED', 'WITHDREW', 'MOVED', 'DIED', 'EXPELLED')
                            then effective_on end) as exited_on,
                   max(case when to_stage in ('DECLINED', 'WITHDREW', 'MOVED', 'DIED', 'EXPELLED')
                            then to_stage end) as exit_stage
            from stage_transition""";

    private int clientColumn;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if ("client_id".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    clientColumn = columns.getInt("ORDINAL_POSITION") - 1;
                    return;
                }
            }
        }
        throw new SQLException("stage_transition has no client_id column");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            refresh(connection, oldRow[clientColumn]);
        }
        if (newRow != null && (oldRow == null || !newRow[clientColumn].equals(oldRow[clientColumn]))) {
            refresh(connection, newRow[clientColumn]);
        }
    }

    private static void refresh(Connection connection, Object client) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from client_stage_date where client_id = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into client_stage_date " + FIRST_DATES + " where client_id = ? group by client_id")) {
            delete.setObject(1, client);
            delete.executeUpdate();
            insert.setObject(1, client);
            insert.executeUpdate();
        }
    }
}
