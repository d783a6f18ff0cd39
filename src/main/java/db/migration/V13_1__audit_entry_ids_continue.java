package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * New audit entries take ids after the ones V13 copied. PostgreSQL wants a constant in {@code restart with},
 * so the value is read first; the statement is then the same on PostgreSQL and H2.
 */
public class V13_1__audit_entry_ids_continue extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from audit_entry")) {
                max.next();
                next = max.getLong(1);
            }
            statement.execute("alter table audit_entry alter column id restart with " + next);
        }
    }
}
