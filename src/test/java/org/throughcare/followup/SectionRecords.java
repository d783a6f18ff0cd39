package org.throughcare.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referrals with their dated changes and goals, and outcome forms, written row by row for a {@link FollowupWorld}'s
 * clients as the referral and outcome modules would have written them (entered afterwards, with past dates).
 */
final class SectionRecords {

    private final FollowupWorld world;
    private final JdbcClient jdbc;
    private final UUID organisation;
    private final UUID service;

    SectionRecords(FollowupWorld world) {
        this.world = world;
        this.jdbc = world.jdbc;
        organisation = world.organisation("HOUSING");
        service = UUID.randomUUID();
        jdbc.sql("""
                insert into service (id, version, organisation_id, name, status, accredited, updated_at)
                values (:id, 0, :o, :n, 'ACTIVE', false, :at)""")
                .param("id", service).param("o", organisation).param("n", "Followup service " + service)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    /**
     * A referral sent at {@code sent}, then moved through {@code steps} (state, moment, alternately), ending in the
     * last state named; each goal gets the outcome given (null: none recorded).
     */
    UUID referral(UUID client, String needArea, Instant sent, Object... stepsThenGoals) {
        UUID id = UUID.randomUUID();
        String state = "SENT";
        jdbc.sql("""
                insert into referral (id, client_id, service_id, organisation_id, need_area, reason, urgency, status,
                  referred_by, referred_at, changed_at, version)
                values (:id, :c, :s, :o, :area, 'followup test', 'ROUTINE', 'SENT', :by, :at, :at, 0)""")
                .param("id", id).param("c", client).param("s", service).param("o", organisation)
                .param("area", needArea).param("by", world.coordinator).param("at", Timestamp.from(sent)).update();
        change(id, null, "SENT", sent);
        int i = 0;
        while (i + 1 < stepsThenGoals.length && stepsThenGoals[i + 1] instanceof Instant at) {
            String to = (String) stepsThenGoals[i];
            change(id, state, to, at);
            state = to;
            i += 2;
        }
        jdbc.sql("update referral set status = :s where id = :id").param("s", state).param("id", id).update();
        for (int position = 1; i < stepsThenGoals.length; i++, position++) {
            jdbc.sql("insert into referral_goal (referral_id, position, text, outcome) values (:r, :p, 'goal', :o)")
                    .param("r", id).param("p", position).param("o", stepsThenGoals[i]).update();
        }
        return id;
    }

    private void change(UUID referral, String from, String to, Instant at) {
        jdbc.sql("""
                insert into referral_change (id, referral_id, from_status, to_status, side, reason, changed_by, changed_at)
                values (:id, :r, :f, :t, :side, :reason, :by, :at)""")
                .param("id", UUID.randomUUID()).param("r", referral).param("f", from).param("t", to)
                .param("side", "CANCELLED".equals(to) || "SENT".equals(to) ? "REFERRER" : "SERVICE")
                .param("reason", "DECLINED".equals(to) ? "no place for this client" : null)
                .param("by", world.coordinator).param("at", Timestamp.from(at)).update();
    }

    /** An outcome form for the client's release on {@code released}. */
    void outcome(UUID client, LocalDate released, String point, LocalDate recorded, boolean settled, String occupation,
                 String addiction, String debt, boolean support) {
        jdbc.sql("""
                insert into outcome_form (id, client_id, released_on, point, recorded_on, settled_accommodation,
                  occupation, addiction_treatment, debt_advice, support_contact, entered_afterwards, recorded_by,
                  recorded_at)
                values (:id, :c, :rel, :p, :rec, :settled, :occ, :add, :debt, :support, true, :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", client).param("rel", released).param("p", point)
                .param("rec", recorded).param("settled", settled).param("occ", occupation).param("add", addiction)
                .param("debt", debt).param("support", support).param("by", world.coordinator)
                .param("at", Timestamp.from(Instant.now())).update();
    }
}
