package org.throughcare.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.shared.Actor;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * A probation office of its own, with its own municipalities, coordinator, manager and partner organisations,
 * and records written row by row as if entered through the modules (dates in the past included), so that a
 * test's cohort holds exactly the clients it built and nobody else's.
 */
final class FollowupWorld {

    final JdbcClient jdbc;
    final UUID probation;
    final UUID office;
    final String municipality1;
    final String municipality2;
    final UUID coordinator;
    final Actor manager;
    final UUID recipient1;
    final UUID recipient2;

    FollowupWorld(JdbcClient jdbc) {
        this.jdbc = jdbc;
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        probation = jdbc.sql("select u.organisation_id from unit u join app_user a on a.unit_id = u.id "
                + "where a.username = 'coordinator'").query(UUID.class).single();
        municipality1 = "T" + tag + "1";
        municipality2 = "T" + tag + "2";
        jdbc.sql("insert into municipality (code, name, country) values (:c, :n, 'SE')").param("c", municipality1)
                .param("n", "Testby " + tag).update();
        jdbc.sql("insert into municipality (code, name, country) values (:c, :n, 'SE')").param("c", municipality2)
                .param("n", "Provstad " + tag).update();
        office = UUID.randomUUID();
        jdbc.sql("insert into unit (id, version, organisation_id, name, municipality_code) values (:id, 0, :o, :n, :m)")
                .param("id", office).param("o", probation).param("n", "Testkontoret " + tag).param("m", municipality1)
                .update();
        coordinator = user("fu-coordinator-" + tag, Role.COORDINATOR);
        UUID managerId = user("fu-manager-" + tag, Role.MANAGER);
        manager = new Actor(new UserId(managerId), "fu-manager-" + tag, Role.MANAGER, new OrganisationId(probation),
                new UnitId(office));
        recipient1 = user("fu-partner1-" + tag, Role.PARTNER_WORKER);
        recipient2 = user("fu-partner2-" + tag, Role.PARTNER_WORKER);
    }

    private UUID user(String username, Role role) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, version, username, display_name, role, organisation_id, unit_id, enabled)
                values (:id, 0, :u, :u, :r, :o, :unit, true)""")
                .param("id", id).param("u", username).param("r", role.name()).param("o", probation)
                .param("unit", office).update();
        return id;
    }

    UUID organisation(String type) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, version, name, agency_type) values (:id, 0, :n, :t)").param("id", id)
                .param("n", "Followup " + type + " " + id).param("t", type).update();
        return id;
    }

    /** A client referred on {@code referred}, with a custody episode when an offence is given. */
    UUID client(String gender, String municipality, LocalDate referred, String offence, String risk) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into client (id, version, full_name, id_country, id_kind, id_number, date_of_birth, gender,
                  interpreter_needed, municipality_code, probation_office_id, coordinator_id, stage, stage_since,
                  referred_on, registered_at, registered_by)
                values (:id, 0, :name, 'SE', 'SE_PERSONNUMMER', :number, date '1980-01-01', :g, false, :m, :o, :c,
                  'REFERRED', :on, :on, :at, :c)""")
                .param("id", id).param("name", "Followup Person " + id).param("number", "FU" + id.toString()
                        .substring(0, 30)).param("g", gender).param("m", municipality).param("o", office)
                .param("c", coordinator).param("on", referred).param("at", Timestamp.from(Instant.now())).update();
        transition(id, null, "REFERRED", referred);
        if (offence != null) {
            jdbc.sql("""
                    insert into custody_episode (id, client_id, episode_number, expulsion_ordered, main_offence,
                      risk_level, current) values (:id, :c, 1, false, :o, :r, true)""")
                    .param("id", UUID.randomUUID()).param("c", id).param("o", offence).param("r", risk).update();
        }
        return id;
    }

    void transition(UUID client, String from, String to, LocalDate on) {
        jdbc.sql("""
                insert into stage_transition (id, client_id, from_stage, to_stage, effective_on, reason, recorded_by,
                  recorded_at) values (:id, :c, :f, :t, :on, 'entered afterwards', :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", client).param("f", from).param("t", to).param("on", on)
                .param("by", coordinator).param("at", Timestamp.from(Instant.now())).update();
        jdbc.sql("update client set stage = :s, stage_since = :on where id = :id").param("s", to).param("on", on)
                .param("id", client).update();
    }

    /** Moves the client through the stages, each on its date (null: not reached). */
    void path(UUID client, LocalDate screened, String decision, LocalDate consented, LocalDate enrolled,
              LocalDate released, LocalDate completed) {
        String stage = "REFERRED";
        if (screened != null) {
            screening(client, screened, decision, "MET", "MET");
            transition(client, stage, "SCREENED", screened);
            stage = "SCREENED";
        }
        String[] stages = {"CONSENTED", "ENROLLED", "RELEASED", "COMPLETED"};
        LocalDate[] dates = {consented, enrolled, released, completed};
        for (int i = 0; i < stages.length; i++) {
            if (dates[i] != null) {
                transition(client, stage, stages[i], dates[i]);
                stage = stages[i];
            }
        }
    }

    void screening(UUID client, LocalDate on, String decision, String risk, String motivated) {
        jdbc.sql("""
                insert into eligibility_screening (id, client_id, release_in_window, risk_medium_or_high,
                  sentence_long_enough, several_agencies, motivated, no_expulsion, decision, reason, screened_by,
                  screened_at, screened_on)
                values (:id, :c, 'MET', :risk, 'MET', 'MET', :mot, 'MET', :d, 'by hand', :by, :at, :on)""")
                .param("id", UUID.randomUUID()).param("c", client).param("risk", risk).param("mot", motivated)
                .param("d", decision).param("on", on).param("by", coordinator).param("at", Timestamp.from(noon(on))).update();
    }

    void member(UUID client, UUID organisation, LocalDate from, LocalDate to) {
        // A name of its own: other tests search public pages for every contact's name.
        UUID contact = UUID.randomUUID();
        String name = "Followup Contact " + contact;
        jdbc.sql("insert into contact (id, version, organisation_id, full_name) values (:id, 0, :o, :n)")
                .param("id", contact).param("o", organisation).param("n", name).update();
        jdbc.sql("""
                insert into group_member (id, client_id, contact_id, person_name, organisation_id, group_role,
                  from_date, to_date, added_by, added_at) values (:id, :c, :contact, :n, :o, 'MEMBER', :f, :t,
                  :by, :at)""")
                .param("n", name).param("id", UUID.randomUUID()).param("c", client).param("contact", contact).param("o", organisation)
                .param("f", from).param("t", to).param("by", coordinator).param("at", Timestamp.from(Instant.now()))
                .update();
    }

    void handover(UUID client, LocalDate on) {
        jdbc.sql("""
                insert into coordinator_change (id, client_id, from_coordinator, to_coordinator, effective_on, reason,
                  recorded_by, recorded_at) values (:id, :c, :by, :by, :on, 'leave', :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", client).param("by", coordinator).param("on", on)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    void consent(UUID client, String form, LocalDate given, LocalDate validUntil, LocalDate withdrawn,
                 UUID... organisations) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into consent (id, client_id, consent_form, given_on, told_about_confidentiality, text_version,
                  valid_until, documented_by, documented_at, withdrawn_on) values (:id, :c, :f, :g, true, '2026-1',
                  :v, :by, :at, :w)""")
                .param("id", id).param("c", client).param("f", form).param("g", given).param("v", validUntil)
                .param("by", coordinator).param("at", Timestamp.from(Instant.now())).param("w", withdrawn).update();
        for (UUID organisation : organisations) {
            jdbc.sql("insert into consent_organisation (consent_id, organisation_id) values (:c, :o)").param("c", id)
                    .param("o", organisation).update();
        }
    }

    void assessment(UUID client, int version, LocalDate on, String... areaRatings) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into assessment (id, client_id, version_number, assessed_on, recorded_by, recorded_at)
                values (:id, :c, :v, :on, :by, :at)""").param("id", id).param("c", client).param("v", version)
                .param("on", on).param("by", coordinator).param("at", Timestamp.from(Instant.now())).update();
        for (int i = 0; i < areaRatings.length; i += 2) {
            jdbc.sql("insert into assessment_area (assessment_id, area, rating) values (:a, :area, :r)")
                    .param("a", id).param("area", areaRatings[i]).param("r", areaRatings[i + 1]).update();
        }
    }

    void measure(UUID client, String area, String phase, String status, UUID owner) {
        jdbc.sql("""
                insert into plan_measure (id, client_id, area, description, measure_type, owner_organisation_id,
                  responsible_name, phase, status, version, created_by, created_at)
                values (:id, :c, :area, 'measure', 'OTHER', :o, 'Followup Responsible', :p, :s, 0, :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", client).param("area", area).param("o", owner)
                .param("p", phase).param("s", status).param("by", coordinator)
                .param("at", Timestamp.from(Instant.now())).update();
    }

    void releaseDateChange(UUID client, LocalDate old, LocalDate changedTo, LocalDate changedOn) {
        UUID episode = jdbc.sql("select id from custody_episode where client_id = :c").param("c", client)
                .query(UUID.class).single();
        jdbc.sql("""
                insert into key_date_change (id, client_id, episode_id, date_field, old_value, new_value, reason,
                  changed_by, changed_at) values (:id, :c, :e, 'CONDITIONAL_RELEASE', :old, :new, 'moved', :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", client).param("e", episode).param("old", old)
                .param("new", changedTo).param("by", coordinator).param("at", Timestamp.from(noon(changedOn)))
                .update();
    }

    void custodyEvent(UUID client, String kind, LocalDate on, boolean applied) {
        jdbc.sql("""
                insert into custody_event (id, client_id, kind, effective_on, reason, source, occurred_at, applied,
                  recorded_by, recorded_at) values (:id, :c, :k, :on, 'event', 'PERSON', :at, :applied, :by, :at)""")
                .param("id", UUID.randomUUID()).param("c", client).param("k", kind).param("on", on)
                .param("at", Timestamp.from(noon(on))).param("applied", applied).param("by", coordinator).update();
    }

    /** A notice event asking for acknowledgement, told to recipients acknowledged at the given times (null: not). */
    void acknowledgedNotice(UUID client, Instant created, Instant... acknowledgements) {
        UUID event = UUID.randomUUID();
        jdbc.sql("""
                insert into notice_event (id, event_key, kind, client_id, office_id, needs_acknowledgement, created_at,
                  occurred_at) values (:id, :key, 'RELEASE_DATE_CHANGED', :c, :o, true, :at, :at)""")
                .param("id", event).param("key", "followup-test-" + event).param("c", client).param("o", office)
                .param("at", Timestamp.from(created)).update();
        UUID[] recipients = {recipient1, recipient2};
        for (int i = 0; i < acknowledgements.length; i++) {
            jdbc.sql("""
                    insert into notice (id, event_id, recipient_id, channel, created_at, acknowledged_at)
                    values (:id, :e, :r, 'IN_APP', :at, :ack)""")
                    .param("id", UUID.randomUUID()).param("e", event).param("r", recipients[i])
                    .param("at", Timestamp.from(created))
                    .param("ack", acknowledgements[i] == null ? null : Timestamp.from(acknowledgements[i])).update();
        }
    }

    /**
     * A meeting on {@code on}, booked against the release date then known; a held one with {@code attended}
     * gets a record saying whether the client came (null: held without a record yet).
     */
    void meeting(UUID client, LocalDate on, LocalDate releaseOn, String status, Boolean attended) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting (id, client_id, starts_on, starts_at, duration_minutes, place_kind, release_on,
                  client_invited, status, entered_afterwards, version, created_by, created_at)
                values (:id, :c, :on, :time, 60, 'VIDEO', :release, true, :status, false, 0, :by, :at)""")
                .param("id", id).param("c", client).param("on", on).param("time", java.time.LocalTime.of(10, 0))
                .param("release", releaseOn).param("status", status).param("by", coordinator)
                .param("at", Timestamp.from(noon(on))).update();
        if (attended != null) {
            jdbc.sql("""
                    insert into meeting_record (id, meeting_id, revision, client_attended, recorded_by, recorded_at)
                    values (:id, :m, 1, :attended, :by, :at)""")
                    .param("id", UUID.randomUUID()).param("m", id).param("attended", attended)
                    .param("by", coordinator).param("at", Timestamp.from(noon(on))).update();
        }
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
    }
}
