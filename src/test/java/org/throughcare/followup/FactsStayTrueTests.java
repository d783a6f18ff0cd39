package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;

/**
 * The figures are read from each client's stored facts (followup_fact), kept true by the queue the source tables'
 * triggers fill. Each test changes records the way a module writes them, one kind of record at a time, and checks
 * that the next figures show the change and equal the figures worked out afresh from the records (every fact
 * dropped first): a source table without its trigger would leave a stale figure behind.
 */
@IntegrationTest
class FactsStayTrueTests {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);
    static final LocalDate EARLIER = LocalDate.of(2026, 4, 30);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowupFigures followup;

    @Test
    void everyKindOfChangeReachesTheNextFigures() {
        FollowupWorld world = new FollowupWorld(jdbc);
        UUID social = world.organisation("SOCIAL_SERVICES");
        UUID housing = world.organisation("HOUSING");
        UUID a = world.client("MALE", world.municipality1, d(1, 10), "NARCOTICS", "HIGH");
        world.path(a, d(1, 20), "ELIGIBLE", d(2, 1), d(2, 10), d(5, 1), null);
        world.member(a, social, d(2, 1), null);
        world.consent(a, "WRITTEN", d(2, 1), null, null, social);
        world.meeting(a, d(3, 1), d(5, 1), "HELD", true);
        world.assessment(a, 1, d(2, 15), "ACCOMMODATION", "SEVERE");
        UUID b = world.client("FEMALE", world.municipality2, d(2, 5), "THEFT", "MEDIUM");
        world.path(b, d(2, 10), "ELIGIBLE", d(2, 20), d(3, 1), null, null);
        UUID c = world.client("MALE", world.municipality1, d(2, 20), "FRAUD", "LOW");
        world.path(c, d(3, 1), "ELIGIBLE", null, null, null, null);
        SectionRecords records = new SectionRecords(world);
        UUID sent = records.referral(a, "ACCOMMODATION", noon(3, 1));
        UUID completed = records.referral(a, "SUBSTANCE_USE", noon(3, 2), "ACCEPTED", noon(3, 3), "STARTED",
                noon(3, 4), "COMPLETED", noon(3, 20));
        Cohort cohort = new Cohort(CohortBasis.REFERRAL, FROM, TO, List.of(world.office), List.of());
        Cohort earlier = new Cohort(CohortBasis.REFERRAL, FROM, EARLIER, List.of(world.office), List.of());

        List<FigureView> before = figures(world, cohort);
        assertThat(count(before, "meetings", 0)).as("meetings in custody at first").isEqualTo(1);
        figures(world, earlier);

        // Each change, the way a module writes it, and a figure it must change; the figures are read after each,
        // so that a change whose table queues nobody leaves its figure as it was.
        Map<String, Runnable> changes = new LinkedHashMap<>();
        changes.put("gender", () -> jdbc.sql("update client set gender = 'MALE' where id = :c").param("c", b)
                .update());
        changes.put("risk", () -> jdbc.sql("update custody_episode set risk_level = 'LOW' where client_id = :c")
                .param("c", a).update());
        changes.put("funnel", () -> world.transition(b, "ENROLLED", "RELEASED", d(6, 1)));
        changes.put("screening", () -> world.screening(c, d(3, 2), "NOT_ELIGIBLE", "NOT_MET", "MET"));
        changes.put("meetingsPerClient", () -> world.meeting(b, d(2, 25), d(6, 1), "HELD", null));
        changes.put("meetingAttendance", () -> jdbc.sql("update meeting_record set client_attended = false "
                + "where meeting_id in (select id from meeting where client_id = :c)").param("c", a).update());
        changes.put("agenciesPerClient", () -> world.member(b, housing, d(3, 1), null));
        changes.put("handoversPerClient", () -> world.handover(a, d(4, 1)));
        changes.put("consentForms", () -> world.consent(b, "ORAL", d(3, 1), null, null));
        changes.put("completeness", () -> jdbc.sql("insert into consent_organisation (consent_id, organisation_id) "
                + "select id, :o from consent where client_id = :c").param("o", housing).param("c", b).update());
        changes.put("needs.SUBSTANCE_USE", () -> world.assessment(b, 1, d(3, 5), "SUBSTANCE_USE", "SOME"));
        changes.put("needs.ACCOMMODATION", () -> jdbc.sql("update assessment_area set rating = 'NO_NEED' "
                + "where area = 'ACCOMMODATION' and assessment_id in (select id from assessment where client_id = :c)")
                .param("c", a).update());
        changes.put("measures", () -> world.measure(a, "ACCOMMODATION", "AFTER_RELEASE", "ACCEPTED", housing));
        changes.put("dateChanges", () -> world.releaseDateChange(a, d(4, 20), d(5, 1), d(3, 15)));
        changes.put("custodyEvents", () -> world.custodyEvent(b, "TRANSFER", d(3, 20), true));
        changes.put("referralsByNeed", () -> records.referral(b, "FINANCE_AND_DEBT", noon(4, 1)));
        changes.put("referralsReached", () -> jdbc.sql("""
                insert into referral_change (id, referral_id, from_status, to_status, side, changed_by, changed_at)
                values (:id, :r, 'SENT', 'ACCEPTED', 'SERVICE', :by, :at)""").param("id", UUID.randomUUID())
                .param("r", sent).param("by", world.coordinator).param("at", Timestamp.from(noon(3, 5))).update());
        changes.put("referralOutcomes", () -> jdbc.sql("insert into referral_goal (referral_id, position, text, "
                + "outcome) values (:r, 1, 'goal', 'ACHIEVED')").param("r", completed).update());
        changes.put("outcomeFollowUpAtRelease", () -> records.outcome(a, d(5, 1), "RELEASE", d(5, 10), true, "WORK",
                "STARTED", "NOT_NEEDED", true));
        changes.put("meetingsOverTime", () -> jdbc.sql("update meeting set starts_on = :on where client_id = :c")
                .param("on", d(4, 2)).param("c", a).update());

        List<FigureView> previous = before;
        for (Map.Entry<String, Runnable> change : changes.entrySet()) {
            change.getValue().run();
            List<FigureView> now = figures(world, cohort);
            assertThat(figure(now, change.getKey())).as("%s after its change", change.getKey())
                    .isNotEqualTo(figure(previous, change.getKey()));
            previous = now;
        }
        List<FigureView> after = previous;
        List<FigureView> earlierAfter = figures(world, earlier);
        assertThat(after).as("kept facts against facts worked out afresh").isEqualTo(afresh(world, cohort));
        assertThat(earlierAfter).as("an earlier day's facts, after the changes").isEqualTo(afresh(world, earlier));
    }

    @Test
    void figuresReadWhileRecordsChangeEndTrue() throws Exception {
        FollowupWorld world = new FollowupWorld(jdbc);
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID client = world.client(i % 2 == 0 ? "MALE" : "FEMALE", world.municipality1, d(1, 10 + i),
                    "NARCOTICS", "HIGH");
            world.path(client, d(1, 20), "ELIGIBLE", d(2, 1), d(2, 10), d(5, 1), null);
            clients.add(client);
        }
        Cohort cohort = new Cohort(CohortBasis.REFERRAL, FROM, TO, List.of(world.office), List.of());
        int meetings = 30;
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < meetings; i++) {
            UUID client = clients.get(i % clients.size());
            LocalDate on = d(2, 11).plusDays(i);
            work.add(() -> {
                world.meeting(client, on, d(5, 1), "HELD", true);
                return null;
            });
            work.add(() -> figures(world, cohort));
        }
        Together.call(work, 120);

        List<FigureView> after = figures(world, cohort);
        assertThat(count(after, "meetings", 0)).as("every meeting written, counted").isEqualTo(meetings);
        assertThat(after).isEqualTo(afresh(world, cohort));
    }

    /** The figures with every stored fact dropped first, so that they are worked out from the records alone. */
    private List<FigureView> afresh(FollowupWorld world, Cohort cohort) {
        for (String table : List.of("followup_fact_meeting", "followup_fact_measure", "followup_fact_referral",
                "followup_fact_outcome", "followup_fact", "followup_fact_day")) {
            jdbc.sql("delete from " + table).update();
        }
        return figures(world, cohort);
    }

    private List<FigureView> figures(FollowupWorld world, Cohort cohort) {
        return followup.figures(world.manager, cohort, "test", Locale.ENGLISH).figures();
    }

    private static FigureView figure(List<FigureView> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static long count(List<FigureView> figures, String key, int cell) {
        return figure(figures, key).cells().get(cell).count();
    }

    private static Instant noon(int month, int day) {
        return d(month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
