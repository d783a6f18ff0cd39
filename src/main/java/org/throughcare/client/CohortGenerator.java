package org.throughcare.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.internal.GeneratedRows;
import org.throughcare.client.internal.SyntheticCases;
import org.throughcare.shared.ClientId;

/**
 * Generates synthetic cohorts of clients — for the demo, the tests and the benchmarks — with realistic
 * proportions (see {@code SyntheticCases}) and valid Swedish identity numbers. Written in JDBC batches so
 * that a national-scale cohort takes seconds, not hours. Generated data is fictional: names are drawn from
 * common Swedish names and the numbers, though valid in form, are random.
 */
@NamedInterface("api")
@Service
public class CohortGenerator {

    /**
     * {@code count} clients for one coordinator at one probation office; {@code outcomes}, if given, the stage
     * each of the first clients ends in (the rest are drawn).
     */
    public record Assignment(UUID probationOfficeId, String municipalityCode, UUID coordinatorId, int count,
                             List<Stage> outcomes) {

        public Assignment(UUID probationOfficeId, String municipalityCode, UUID coordinatorId, int count) {
            this(probationOfficeId, municipalityCode, coordinatorId, count, List.of());
        }
    }

    /**
     * @param coverEveryStage the first assignment's first clients take each stage once, so a demo shows them all
     * @param enrolledWithinDays above 0: every client was enrolled within that many days before today (a year of
     *                           the programme's history, for follow-up); 0: the classic cohort at every stage
     */
    public record Request(List<Assignment> assignments, List<UUID> prisonIds, UUID registeredBy, long seed,
                          boolean coverEveryStage, int enrolledWithinDays) {

        public Request(List<Assignment> assignments, List<UUID> prisonIds, UUID registeredBy, long seed,
                       boolean coverEveryStage) {
            this(assignments, prisonIds, registeredBy, seed, coverEveryStage, 0);
        }
    }

    /**
     * A generated case with the days follow-up counts from, for the module that adds what belongs to it (its group
     * and consent). A day is null where the case has not got there.
     */
    public record GeneratedCase(ClientId id, UUID probationOfficeId, String municipalityCode, UUID coordinatorId,
                                Stage stage, LocalDate referredOn, LocalDate consentedOn, LocalDate enrolledOn,
                                LocalDate releasedOn, LocalDate endedOn) {
    }

    private static final int BATCH = 1000;
    // Where a year's clients stand today, for a draw without given outcomes: most enrolled or released, some
    // completed or back in custody, about a fifth left (withdrew, moved, died).
    private static final Stage[] YEAR_OUTCOMES = {Stage.ENROLLED, Stage.RELEASED, Stage.COMPLETED,
            Stage.RETURNED_TO_CUSTODY, Stage.WITHDREW, Stage.MOVED, Stage.DIED};
    private static final int[] YEAR_WEIGHTS = {30, 33, 10, 6, 14, 6, 1};
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
        return generate(request, batch -> { });
    }

    /**
     * Generates the cohort and hands each batch of written cases to {@code afterEachBatch}, in the same transaction,
     * so that another module can add what belongs to them (a group, a consent) in batches of its own.
     */
    @Transactional
    public int generate(Request request, Consumer<List<GeneratedCase>> afterEachBatch) {
        LocalDate today = LocalDate.now(clock);
        SyntheticCases cases = new SyntheticCases(request.seed(), today);
        Random names = new Random(request.seed() + 1);
        Set<String> numbers = new HashSet<>(jdbc.queryForList("select id_number from client", String.class));
        GeneratedRows rows = new GeneratedRows(clock.getZone(), clock.instant());
        List<GeneratedCase> batch = new ArrayList<>();
        Stage[] every = Stage.values();
        int forced = request.coverEveryStage() ? every.length : 0;
        int made = 0;
        for (Assignment assignment : request.assignments()) {
            for (int i = 0; i < assignment.count(); i++) {
                Stage given = i < assignment.outcomes().size() ? assignment.outcomes().get(i) : null;
                SyntheticCases.Case c;
                if (request.enrolledWithinDays() > 0) {
                    c = cases.enrolledWithin(request.enrolledWithinDays(),
                            given != null ? given : YEAR_OUTCOMES[cases.weighted(YEAR_WEIGHTS)]);
                } else {
                    c = cases.next(given != null ? given : forced > 0 ? every[every.length - forced--] : null);
                }
                UUID id = UUID.randomUUID();
                String number = uniqueNumber(c.dateOfBirth(), names, numbers);
                String[] first = c.gender() == Gender.FEMALE ? FIRST_WOMEN : FIRST_MEN;
                String name = first[names.nextInt(first.length)] + " " + LAST[names.nextInt(LAST.length)];
                int minutes = names.nextInt(420);
                LocalDate referred = c.steps().get(0).on();
                // A client back in custody has closed their episode; the next one is not known yet.
                boolean current = c.stage() != Stage.RETURNED_TO_CUSTODY;
                rows.add(id, new Object[] {id, name, "SE", "SE_PERSONNUMMER", number, c.dateOfBirth(),
                        c.gender().name(), names.nextInt(10) == 0 ? "arabiska" : "svenska", names.nextInt(12) == 0,
                        assignment.municipalityCode(), assignment.probationOfficeId(), assignment.coordinatorId(),
                        c.stage().name(), c.steps().get(c.steps().size() - 1).on(),
                        c.eligibility() == null ? null : c.eligibility().name(), rows.recordedOn(referred, minutes),
                        request.registeredBy(), current ? c.release() : null, referred},
                        c, request.prisonIds().get(names.nextInt(request.prisonIds().size())), request.registeredBy(),
                        current, minutes);
                batch.add(generated(new ClientId(id), assignment, c));
                made++;
                if (rows.size() >= BATCH) {
                    rows.flush(jdbc);
                    afterEachBatch.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
        rows.flush(jdbc);
        afterEachBatch.accept(List.copyOf(batch));
        return made;
    }

    private static GeneratedCase generated(ClientId id, Assignment a, SyntheticCases.Case c) {
        java.util.Map<Stage, LocalDate> reached = new java.util.EnumMap<>(Stage.class);
        c.steps().forEach(step -> reached.putIfAbsent(step.to(), step.on()));
        LocalDate ended = c.stage() == Stage.COMPLETED || c.stage().isExit() ? reached.get(c.stage()) : null;
        return new GeneratedCase(id, a.probationOfficeId(), a.municipalityCode(), a.coordinatorId(), c.stage(),
                c.steps().get(0).on(), reached.get(Stage.CONSENTED), reached.get(Stage.ENROLLED),
                reached.get(Stage.RELEASED), ended);
    }

    /** A valid Swedish personnummer for the date of birth, not yet used. */
    private static String uniqueNumber(LocalDate born, Random random, Set<String> used) {
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
}
