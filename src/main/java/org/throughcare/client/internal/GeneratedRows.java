package org.throughcare.client.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.client.Eligibility;
import org.throughcare.client.RiskLevel;
import org.throughcare.client.Stage;

/**
 * The rows of generated cases, written in JDBC batches. Generated history is written as if it had been recorded
 * live: each step at a working hour of its own day (never after now), so it is not marked as entered afterwards and
 * reads like a year of the programme's own work.
 */
public final class GeneratedRows {

    private final List<Object[]> clients = new ArrayList<>();
    private final List<Object[]> episodes = new ArrayList<>();
    private final List<Object[]> transitions = new ArrayList<>();
    private final List<Object[]> screenings = new ArrayList<>();
    private final ZoneId zone;
    private final Instant now;

    public GeneratedRows(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /** The moment a step of {@code day} was recorded: mid-morning that day, or now if that is still to come. */
    public Timestamp recordedOn(LocalDate day, int minutes) {
        Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(minutes)).atZone(zone).toInstant();
        return Timestamp.from(at.isAfter(now) ? now : at);
    }

    public int size() {
        return clients.size();
    }

    public void add(UUID id, Object[] client, SyntheticCases.Case c, UUID prison, UUID by, boolean current,
                    int minutes) {
        clients.add(client);
        LocalDate released = c.steps().stream().filter(s -> s.to() == Stage.RELEASED).map(SyntheticCases.Step::on)
                .findFirst().orElse(null);
        episodes.add(new Object[] {UUID.randomUUID(), id, 1, prison, c.sentenceStart(), c.sentenceMonths(), c.release(),
                c.expiry(), c.supervisionEnd(), c.expulsion(), c.offence().name(), c.risk().name(), "LS/CMI",
                c.sentenceStart().plusDays(30), current, released});
        for (SyntheticCases.Step step : c.steps()) {
            transitions.add(new Object[] {UUID.randomUUID(), id, step.from() == null ? null : step.from().name(),
                    step.to().name(), step.on(), step.from() == null ? "registered" : "synthetic", by,
                    recordedOn(step.on(), minutes)});
        }
        if (c.eligibility() != null) {
            LocalDate screened = c.steps().stream().filter(s -> s.to() == Stage.SCREENED).map(SyntheticCases.Step::on)
                    .findFirst().orElse(c.steps().get(c.steps().size() - 1).on());
            boolean eligible = c.eligibility() == Eligibility.ELIGIBLE;
            String risk = c.risk() == RiskLevel.LOW ? "NOT_MET" : "MET";
            screenings.add(new Object[] {UUID.randomUUID(), id, "MET", risk, "MET", "MET",
                    eligible ? "MET" : "UNKNOWN", c.expulsion() ? "NOT_MET" : "MET", c.eligibility().name(),
                    eligible ? "Meets the criteria" : "Does not meet the criteria", by, recordedOn(screened, minutes),
                    screened});
        }
    }

    public void flush(JdbcTemplate jdbc) {
        jdbc.batchUpdate("""
                insert into client (id, version, full_name, id_country, id_kind, id_number, date_of_birth, gender,
                  preferred_language, interpreter_needed, municipality_code, probation_office_id, coordinator_id,
                  stage, stage_since, eligibility, registered_at, registered_by, release_date, referred_on)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clients);
        jdbc.batchUpdate("""
                insert into custody_episode (id, client_id, episode_number, institution_id, sentence_start,
                  sentence_length_months, conditional_release_date, sentence_expiry, supervision_end,
                  expulsion_ordered, main_offence, risk_level, risk_instrument, risk_assessed_on, current, released_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodes);
        jdbc.batchUpdate("""
                insert into stage_transition (id, client_id, from_stage, to_stage, effective_on, reason,
                  recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", transitions);
        jdbc.batchUpdate("""
                insert into eligibility_screening (id, client_id, release_in_window, risk_medium_or_high,
                  sentence_long_enough, several_agencies, motivated, no_expulsion, decision, reason, screened_by,
                  screened_at, screened_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", screenings);
        clients.clear();
        episodes.clear();
        transitions.clear();
        screenings.clear();
    }
}
