package org.throughcare.followup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * On H2, where a trigger is a Java class: queues the client whose records a row of a follow-up source table
 * changed (V58), so that follow-up works out that client's facts again. A row names its client directly, is the
 * client, or names the meeting, consent, assessment or referral whose client it is. On PostgreSQL, PL/pgSQL does the same.
 */
public class FactChangeTrigger implements Trigger {

    /** Tables whose rows name a parent record instead of the client: the column, and the parent's client. */
    private static final Map<String, String[]> PARENTS = Map.of(
            "meeting_record", new String[] {"meeting_id", "select client_id from meeting where id = ?"},
            "consent_organisation", new String[] {"consent_id", "select client_id from consent where id = ?"},
            "assessment_area", new String[] {"assessment_id", "select client_id from assessment where id = ?"},
            "referral_change", new String[] {"referral_id", "select client_id from referral where id = ?"},
            "referral_goal", new String[] {"referral_id", "select client_id from referral where id = ?"});

    private int column = -1;
    private String parentQuery;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        String name = table.toLowerCase(Locale.ROOT);
        String[] parent = PARENTS.get(name);
        String wanted = parent != null ? parent[0] : "client".equals(name) ? "id" : "client_id";
        parentQuery = parent == null ? null : parent[1];
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (wanted.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    column = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        if (column < 0) {
            throw new SQLException(table + " has no column " + wanted);
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null) {
            queue(connection, oldRow[column]);
        }
        if (newRow != null && (oldRow == null || !newRow[column].equals(oldRow[column]))) {
            queue(connection, newRow[column]);
        }
    }

    private void queue(Connection connection, Object key) throws SQLException {
        Object client = key;
        if (parentQuery != null) {
            try (PreparedStatement parent = connection.prepareStatement(parentQuery)) {
                parent.setObject(1, key);
                try (ResultSet row = parent.executeQuery()) {
                    client = row.next() ? row.getObject(1) : null;
                }
            }
        }
        if (client != null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into followup_changed (client_id) values (?)")) {
                insert.setObject(1, client);
                insert.executeUpdate();
            }
        }
    }
}
