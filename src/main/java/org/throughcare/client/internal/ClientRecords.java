package org.throughcare.client.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.throughcare.client.Eligibility;
import org.throughcare.client.KeyDate;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RecordScreening;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.Stage;
import org.throughcare.shared.PersonalNumber;
import org.throughcare.shared.StaleEditException;

/**
 * The client tables, written with plain SQL. The case row changes; its history tables (stage transitions,
 * key-date changes, screenings) are only ever appended to — the reason this is not a Spring Data JDBC
 * aggregate, whose collections are deleted and re-inserted on every save.
 */
@Repository
public class ClientRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A record is entered afterwards when the day it took effect lies before the day it is recorded, in the
     * deployment's zone: an earlier system's record or a coordinator catching up. Live entries take effect today.
     */
    public boolean enteredAfterwards(LocalDate effectiveOn, Instant recordedAt) {
        return effectiveOn.isBefore(LocalDate.ofInstant(recordedAt, clock.getZone()));
    }

    public Optional<UUID> findByIdentity(PersonalNumber number) {
        return jdbc.sql("select id from client where id_country = :country and id_number = :number")
                .param("country", number.country()).param("number", number.value()).query(UUID.class).optional();
    }

    /** {@code referredOn}: the day the client was referred, which is also the day their REFERRED stage began. */
    public void insertClient(UUID id, RegisterClient form, PersonalNumber number, LocalDate referredOn, UUID by,
                             Instant at) {
        jdbc.sql("""
                insert into client (id, version, full_name, id_country, id_kind, id_number, date_of_birth, gender,
                  preferred_language, interpreter_needed, municipality_code, probation_office_id, coordinator_id,
                  stage, stage_since, referred_on, registered_at, registered_by)
                values (:id, 0, :name, :country, :kind, :number, :dob, :gender, :language, :interpreter,
                  :municipality, :office, :coordinator, 'REFERRED', :referred, :referred, :at, :by)""")
                .param("id", id).param("name", form.fullName().strip()).param("country", number.country())
                .param("kind", number.kind().name()).param("number", number.value())
                .param("dob", form.dateOfBirth()).param("gender", form.gender().name())
                .param("language", blankToNull(form.preferredLanguage()))
                .param("interpreter", form.interpreterNeeded()).param("municipality", form.municipalityCode())
                .param("office", form.probationOfficeId()).param("coordinator", form.coordinatorId())
                .param("referred", referredOn).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    public Optional<LocalDate> referredOn(UUID id) {
        return jdbc.sql("select referred_on from client where id = :id").param("id", id).query(LocalDate.class)
                .optional();
    }

    /** The client's name and the language they asked to be spoken to in (free text, may be absent). */
    public Optional<String[]> nameAndLanguage(UUID id) {
        return jdbc.sql("select full_name, preferred_language from client where id = :id").param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public Optional<CaseState> state(UUID id) {
        return jdbc.sql("""
                        select c.id, c.version, c.probation_office_id, c.stage, c.stage_since, c.eligibility,
                               e.id as episode_id, e.episode_number, e.institution_id, e.sentence_start,
                               e.sentence_length_months, e.conditional_release_date, e.sentence_expiry,
                               e.supervision_end, e.expulsion_ordered, e.main_offence, e.risk_level,
                               e.risk_instrument, e.risk_assessed_on, e.early_release_type, e.early_release_date,
                               e.released_on
                        from client c left join custody_episode e on e.client_id = c.id and e.current
                        where c.id = :id""")
                .param("id", id)
                .query((rs, n) -> new CaseState(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getObject("probation_office_id", UUID.class), Stage.valueOf(rs.getString("stage")),
                        rs.getObject("stage_since", LocalDate.class),
                        rs.getString("eligibility") == null ? null : Eligibility.valueOf(rs.getString("eligibility")),
                        rs.getObject("episode_id") == null ? null : new CaseState.Episode(
                                rs.getObject("episode_id", UUID.class), rs.getInt("episode_number"),
                                rs.getObject("institution_id", UUID.class),
                                rs.getObject("sentence_start", LocalDate.class),
                                (Integer) rs.getObject("sentence_length_months"),
                                rs.getObject("conditional_release_date", LocalDate.class),
                                rs.getObject("sentence_expiry", LocalDate.class),
                                rs.getObject("supervision_end", LocalDate.class), rs.getBoolean("expulsion_ordered"),
                                rs.getString("main_offence"), rs.getString("risk_level"),
                                rs.getString("risk_instrument"), rs.getObject("risk_assessed_on", LocalDate.class),
                                rs.getString("early_release_type"), rs.getObject("early_release_date", LocalDate.class),
                                rs.getObject("released_on", LocalDate.class))))
                .optional();
    }

    /** Claims the case for this change: fails if someone else changed it since {@code expected} was read. */
    public void advanceVersion(UUID id, Long expected) {
        int updated = jdbc.sql("update client set version = version + 1 where id = :id and version = :version")
                .param("id", id).param("version", expected == null ? -1 : expected).update();
        if (updated == 0) {
            throw new StaleEditException("client");
        }
    }

    public void setStage(UUID id, Stage stage, LocalDate since) {
        jdbc.sql("update client set stage = :stage, stage_since = :since where id = :id")
                .param("stage", stage.name()).param("since", since).param("id", id).update();
    }

    public void setEligibility(UUID id, Eligibility eligibility) {
        jdbc.sql("update client set eligibility = :eligibility where id = :id")
                .param("eligibility", eligibility.name()).param("id", id).update();
    }

    public void insertTransition(UUID client, Stage from, Stage to, LocalDate on, String reason, UUID by, Instant at) {
        jdbc.sql("""
                insert into stage_transition (id, client_id, from_stage, to_stage, effective_on, reason, recorded_by,
                  recorded_at, entered_afterwards) values (:id, :client, :from, :to, :on, :reason, :by, :at, :afterwards)""")
                .param("id", UUID.randomUUID()).param("client", client).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("on", on).param("reason", reason).param("by", by)
                .param("at", Timestamp.from(at)).param("afterwards", enteredAfterwards(on, at)).update();
    }

    public int episodeCount(UUID client) {
        return jdbc.sql("select count(*) from custody_episode where client_id = :id").param("id", client)
                .query(Integer.class).single();
    }

    public UUID insertEpisode(UUID client, int number, RecordCustody form) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into custody_episode (id, client_id, episode_number, expulsion_ordered, current)
                values (:id, :client, :number, false, true)""")
                .param("id", id).param("client", client).param("number", number).update();
        updateEpisode(id, form);
        return id;
    }

    public void updateEpisode(UUID episode, RecordCustody form) {
        jdbc.sql("""
                update custody_episode set institution_id = :institution, sentence_start = :start,
                  sentence_length_months = :length, conditional_release_date = :release, sentence_expiry = :expiry,
                  supervision_end = :supervision, expulsion_ordered = :expulsion, main_offence = :offence,
                  risk_level = :risk, risk_instrument = :instrument, risk_assessed_on = :assessed
                where id = :id""")
                .param("institution", form.institutionId()).param("start", form.sentenceStart())
                .param("length", form.sentenceLengthMonths()).param("release", form.conditionalReleaseDate())
                .param("expiry", form.sentenceExpiry()).param("supervision", form.supervisionEnd())
                .param("expulsion", form.expulsionOrdered())
                .param("offence", form.mainOffence() == null ? null : form.mainOffence().name())
                .param("risk", form.riskLevel() == null ? null : form.riskLevel().name())
                .param("instrument", blankToNull(form.riskInstrument())).param("assessed", form.riskAssessedOn())
                .param("id", episode).update();
        jdbc.sql("""
                update client set release_date = :release
                where id = (select client_id from custody_episode where id = :episode and current)""")
                .param("release", form.conditionalReleaseDate()).param("episode", episode).update();
    }

    /** The episode ends (return to custody opens the next); it stays, with its dates, in the history. */
    public void closeEpisode(UUID episode) {
        jdbc.sql("update custody_episode set current = false where id = :id").param("id", episode).update();
        jdbc.sql("update client set release_date = null where id = (select client_id from custody_episode where id = :id)")
                .param("id", episode).update();
    }

    public void insertKeyDateChange(UUID client, UUID episode, KeyDate field, LocalDate oldValue, LocalDate newValue,
                                    String reason, UUID by, Instant at) {
        jdbc.sql("""
                insert into key_date_change (id, client_id, episode_id, date_field, old_value, new_value, reason,
                  changed_by, changed_at) values (:id, :client, :episode, :field, :old, :new, :reason, :by, :at)""")
                .param("id", UUID.randomUUID()).param("client", client).param("episode", episode)
                .param("field", field.name()).param("old", oldValue).param("new", newValue).param("reason", reason)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    public void insertScreening(UUID client, RecordScreening f, LocalDate screenedOn, UUID by, Instant at) {
        jdbc.sql("""
                insert into eligibility_screening (id, client_id, release_in_window, release_in_window_note,
                  risk_medium_or_high, risk_note, sentence_long_enough, sentence_note, several_agencies,
                  several_agencies_note, motivated, motivated_note, no_expulsion, no_expulsion_note, decision, reason,
                  screened_by, screened_at, screened_on, entered_afterwards)
                values (:id, :client, :window, :windowNote, :risk, :riskNote, :sentence, :sentenceNote, :agencies,
                  :agenciesNote, :motivated, :motivatedNote, :expulsion, :expulsionNote, :decision, :reason, :by, :at,
                  :on, :afterwards)""")
                .param("id", UUID.randomUUID()).param("client", client)
                .param("window", f.releaseInWindow().name()).param("windowNote", blankToNull(f.releaseInWindowNote()))
                .param("risk", f.riskMediumOrHigh().name()).param("riskNote", blankToNull(f.riskNote()))
                .param("sentence", f.sentenceLongEnough().name()).param("sentenceNote", blankToNull(f.sentenceNote()))
                .param("agencies", f.severalAgencies().name())
                .param("agenciesNote", blankToNull(f.severalAgenciesNote()))
                .param("motivated", f.motivated().name()).param("motivatedNote", blankToNull(f.motivatedNote()))
                .param("expulsion", f.noExpulsion().name()).param("expulsionNote", blankToNull(f.noExpulsionNote()))
                .param("decision", f.decision().name()).param("reason", f.reason().strip())
                .param("by", by).param("at", Timestamp.from(at)).param("on", screenedOn)
                .param("afterwards", enteredAfterwards(screenedOn, at)).update();
    }

    /** Moves the case to another coordinator and appends the handover to its history. */
    public void handOver(UUID client, UUID from, UUID to, LocalDate on, String reason, UUID by, Instant at) {
        jdbc.sql("update client set coordinator_id = :to where id = :client").param("to", to).param("client", client)
                .update();
        jdbc.sql("""
                insert into coordinator_change (id, client_id, from_coordinator, to_coordinator, effective_on, reason,
                  recorded_by, recorded_at, entered_afterwards)
                values (:id, :client, :from, :to, :on, :reason, :by, :at, :afterwards)""")
                .param("id", UUID.randomUUID()).param("client", client).param("from", from).param("to", to)
                .param("on", on).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .param("afterwards", enteredAfterwards(on, at)).update();
    }

    public UUID coordinatorOf(UUID client) {
        return jdbc.sql("select coordinator_id from client where id = :id").param("id", client).query(UUID.class).single();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
