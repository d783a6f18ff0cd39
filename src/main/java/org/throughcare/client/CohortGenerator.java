package org.throughcare.client;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.internal.SyntheticCases;

/**
 * Generates synthetic cohorts of clients — for the demo, the tests and the benchmarks — with realistic
 * proportions (see {@code SyntheticCases}) and valid Swedish identity numbers. Written in JDBC batches so
 * that a national-scale cohort takes seconds, not hours. Generated data is fictional: names are drawn from
 * common Swedish names and the numbers, though valid in form, are random.
 */
@NamedInterface("api")
@Service
public class CohortGenerator {

    /** {@code count} clients for one coordinator at one probation office. */
    public record Assignment(UUID probationOfficeId, String municipalityCode, UUID coordinatorId, int count) {
    }

    /**
     * @param coverEveryStage the first assignment's first clients take each stage once, so a demo shows them all
     */
    public record Request(List<Assignment> assignments, List<UUID> prisonIds, UUID registeredBy, long seed,
                          boolean coverEveryStage) {
    }

    private static final int BATCH = 1000;
    private static final String[] FIRST_MEN = {"Ahmed", "Anders", "Björn", "Daniel", "Emil", "Erik", "Filip",
            "Hassan", "Jesper", "Johan", "Jonas", "Kevin", "Lars", "Marcus", "Mikael", "Mohamed", "Niklas", "Oskar",
            "Patrik", "Robin", "Sami", "Tobias", "Viktor", "Zoran"};
    private static final String[] FIRST_WOMEN = {"Amina", "Anna", "Elin", "Emma", "Fatima", "Hanna", "Ida", "Jenny",
            "Johanna", "Lina", "Maria", "Sara", "Sofia", "Therese"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Mohammed", "Ali", "Hussein", "Abdi", "Nordin"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CohortGenerator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public int generate(Request request) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        SyntheticCases cases = new SyntheticCases(request.seed(), today);
        java.util.Random names = new java.util.Random(request.seed() + 1);
        Set<String> numbers = new HashSet<>(jdbc.queryForList("select id_number from client", String.class));
        Rows rows = new Rows();
        Stage[] every = Stage.values();
        int forced = request.coverEveryStage() ? every.length : 0;
        int made = 0;
        for (Assignment assignment : request.assignments()) {
            for (int i = 0; i < assignment.count(); i++) {
                SyntheticCases.Case c = cases.next(forced > 0 ? every[every.length - forced--] : null);
                UUID id = UUID.randomUUID();
                String number = uniqueNumber(c.dateOfBirth(), names, numbers);
                String[] first = c.gender() == Gender.FEMALE ? FIRST_WOMEN : FIRST_MEN;
                String name = first[names.nextInt(first.length)] + " " + LAST[names.nextInt(LAST.length)];
                Timestamp registered = Timestamp.from(now);
                // A client back in custody has closed their episode; the next one is not known yet.
                boolean current = c.stage() != Stage.RETURNED_TO_CUSTODY;
                rows.clients.add(new Object[] {id, name, "SE", "SE_PERSONNUMMER", number, c.dateOfBirth(),
                        c.gender().name(), names.nextInt(10) == 0 ? "arabiska" : "svenska", names.nextInt(12) == 0,
                        assignment.municipalityCode(), assignment.probationOfficeId(), assignment.coordinatorId(),
                        c.stage().name(), c.steps().get(c.steps().size() - 1).on(),
                        c.eligibility() == null ? null : c.eligibility().name(), registered, request.registeredBy(),
                        current ? c.release() : null});
                rows.episodes.add(new Object[] {UUID.randomUUID(), id, 1,
                        request.prisonIds().get(names.nextInt(request.prisonIds().size())), c.sentenceStart(),
                        c.sentenceMonths(), c.release(), c.expiry(), c.supervisionEnd(), c.expulsion(),
                        c.offence().name(), c.risk().name(), "LS/CMI", c.sentenceStart().plusDays(30), current});
                for (SyntheticCases.Step step : c.steps()) {
                    rows.transitions.add(new Object[] {UUID.randomUUID(), id,
                            step.from() == null ? null : step.from().name(), step.to().name(), step.on(),
                            step.from() == null ? "registered" : "synthetic", request.registeredBy(), registered});
                }
                if (c.eligibility() != null) {
                    rows.screenings.add(screening(id, c, request.registeredBy(), registered));
                }
                made++;
                if (rows.clients.size() >= BATCH) {
                    rows.flush(jdbc);
                }
            }
        }
        rows.flush(jdbc);
        return made;
    }

    private static Object[] screening(UUID client, SyntheticCases.Case c, UUID by, Timestamp at) {
        boolean eligible = c.eligibility() == Eligibility.ELIGIBLE;
        String risk = c.risk() == RiskLevel.LOW ? "NOT_MET" : "MET";
        return new Object[] {UUID.randomUUID(), client, "MET", risk, "MET", "MET", eligible ? "MET" : "UNKNOWN",
                c.expulsion() ? "NOT_MET" : "MET", c.eligibility().name(),
                eligible ? "Meets the criteria" : "Does not meet the criteria", by, at};
    }

    /** A valid Swedish personnummer for the date of birth, not yet used. */
    private static String uniqueNumber(LocalDate born, java.util.Random random, Set<String> used) {
        String date = String.format("%02d%02d%02d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth());
        for (int attempt = 0; ; attempt++) {
            String serial = String.format("%03d", (random.nextInt(1000) + attempt) % 1000);
            String nine = date + serial;
            String number = born.getYear() + nine.substring(2) + luhn(nine);
            if (used.add(number)) {
                return number;
            }
        }
    }

    private static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static final class Rows {
        final List<Object[]> clients = new ArrayList<>();
        final List<Object[]> episodes = new ArrayList<>();
        final List<Object[]> transitions = new ArrayList<>();
        final List<Object[]> screenings = new ArrayList<>();

        void flush(JdbcTemplate jdbc) {
            jdbc.batchUpdate("""
                    insert into client (id, version, full_name, id_country, id_kind, id_number, date_of_birth, gender,
                      preferred_language, interpreter_needed, municipality_code, probation_office_id, coordinator_id,
                      stage, stage_since, eligibility, registered_at, registered_by, release_date)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clients);
            jdbc.batchUpdate("""
                    insert into custody_episode (id, client_id, episode_number, institution_id, sentence_start,
                      sentence_length_months, conditional_release_date, sentence_expiry, supervision_end,
                      expulsion_ordered, main_offence, risk_level, risk_instrument, risk_assessed_on, current)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", episodes);
            jdbc.batchUpdate("""
                    insert into stage_transition (id, client_id, from_stage, to_stage, effective_on, reason,
                      recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", transitions);
            jdbc.batchUpdate("""
                    insert into eligibility_screening (id, client_id, release_in_window, risk_medium_or_high,
                      sentence_long_enough, several_agencies, motivated, no_expulsion, decision, reason, screened_by,
                      screened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", screenings);
            clients.clear();
            episodes.clear();
            transitions.clear();
            screenings.clear();
        }
    }
}
