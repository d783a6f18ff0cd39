package db.migration;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;
import org.throughcare.followup.internal.FactChangeTrigger;

/**
 * The trigger that queues, in {@code followup_changed}, the client whose records a row of a follow-up source table
 * changed (V58, V59): a Java class on H2, PL/pgSQL on PostgreSQL. Not a migration itself.
 */
final class FollowupChangeTriggers {

    private FollowupChangeTriggers() {
    }

    /**
     * Puts the trigger on each of {@code sources}: a table, and the column its rows name their client in — or, for
     * {@code meeting}, {@code consent}, {@code assessment} and {@code referral}, the record they name instead.
     */
    static void create(Context context, Statement sql, List<String[]> sources) throws Exception {
        boolean postgresql = context.getConnection().getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).contains("postgres");
        for (String[] source : sources) {
            if (postgresql) {
                postgresqlTriggers(sql, source[0], source[1]);
            } else {
                sql.execute("create trigger %s_followup_changed after insert, update, delete on %s for each row "
                        .formatted(source[0], source[0]) + "call \"" + FactChangeTrigger.class.getName() + "\"");
            }
        }
    }

    /**
     * Statement-level triggers with transition tables: a batch of thousands of rows queues each of its clients
     * once per statement. A row that names its meeting, consent or assessment is traced to that record's client.
     */
    private static void postgresqlTriggers(Statement sql, String table, String client) throws Exception {
        String function = "followup_changed_" + table;
        String oldClients = clients("old_rows", client);
        String newClients = clients("new_rows", client);
        // PL/pgSQL plans a statement when it first runs it, so each branch may name only its event's tables.
        sql.execute("""
                create function %s() returns trigger language plpgsql as $$
                begin
                    if tg_op in ('UPDATE', 'DELETE') then
                        insert into followup_changed (client_id) %s;
                    end if;
                    if tg_op in ('INSERT', 'UPDATE') then
                        insert into followup_changed (client_id) %s;
                    end if;
                    return null;
                end $$""".formatted(function, oldClients, newClients));
        sql.execute("create trigger %1$s_followup_insert after insert on %1$s referencing new table as new_rows "
                .formatted(table) + "for each statement execute function " + function + "()");
        sql.execute(("create trigger %1$s_followup_update after update on %1$s referencing old table as old_rows "
                + "new table as new_rows for each statement execute function ").formatted(table) + function + "()");
        sql.execute("create trigger %1$s_followup_delete after delete on %1$s referencing old table as old_rows "
                .formatted(table) + "for each statement execute function " + function + "()");
    }

    private static String clients(String rows, String client) {
        String query = switch (client) {
            case "meeting" -> "select distinct m.client_id from %s r join meeting m on m.id = r.meeting_id";
            case "consent" -> "select distinct c.client_id from %s r join consent c on c.id = r.consent_id";
            case "assessment" -> "select distinct a.client_id from %s r join assessment a on a.id = r.assessment_id";
            case "referral" -> "select distinct f.client_id from %s r join referral f on f.id = r.referral_id";
            default -> "select distinct " + client + " from %s";
        };
        return query.formatted(rows);
    }
}
