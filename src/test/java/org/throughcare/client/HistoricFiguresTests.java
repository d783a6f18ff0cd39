package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.notification.NoticeFixtures;

/**
 * Historic data counts for the figures (issue 15 item 3): two probation offices whose three clients each live the
 * same year — one office's year entered live, day by day on a clock the test steps forward, the other's entered
 * afterwards in one sitting with the past days given — read back through {@code GET /api/v1/followup/figures} by
 * each office's manager (unsuppressed) as the same figures: every key, every cell, every statistic (the
 * acknowledgement figure apart, which leaves out the notice of a fact entered afterwards: it is worked out by hand for
 * each office). A few of them are checked against numbers worked out by hand from the script below, so the comparison
 * cannot pass by both offices being empty. The notices are acknowledged in both offices by everyone told: live at
 * 16:00 on the day the change was made, six hours after it; afterwards at once, once the year is entered. On an
 * application of its own (own database, a clock that starts 340 days behind).
 */
@SpringBootTest(properties = "throughcare.audit.anchor-file=target/historic-figures-tests-audit-anchor.log")
@AutoConfigureMockMvc
class HistoricFiguresTests {

    private static final String SCHEMA = OwnSchema.named("histfig");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final SteppingClock CLOCK = new SteppingClock(ZONE, Duration.ofDays(340));
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final LocalTime ACKNOWLEDGED_AT = LocalTime.of(16, 0);
    private static final String ALL = "Acknowledged by every recipient";
    private static final String WITHIN_A_DAY = "Acknowledged by every recipient within 24 hours";
    private static final String SHARE = "Per cent acknowledged by all within 24 hours";

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnSchema.register(registry, SCHEMA);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;

    @Test
    void anOfficesYearEnteredAfterwardsGivesTheSameFiguresAsOneEnteredLive() throws Exception {
        HistoricOffice liveOffice = new HistoricOffice(jdbc, "live");
        HistoricOffice laterOffice = new HistoricOffice(jdbc, "later");
        LocalDate[] stepped = new LocalDate[1];
        new HistoricYear(this::send, jdbc, liveOffice, day -> {
            if (stepped[0] != null) {
                acknowledgeAt(liveOffice, stepped[0].atTime(ACKNOWLEDGED_AT));
            }
            CLOCK.stepTo(day, LocalTime.of(10, 0));
            stepped[0] = day;
        }, true, TODAY).enter();
        acknowledgeAt(liveOffice, stepped[0].atTime(ACKNOWLEDGED_AT));
        CLOCK.toRealTime();
        new HistoricYear(this::send, jdbc, laterOffice, day -> { }, false, TODAY).enter();
        acknowledge(laterOffice);

        Map<String, Object> live = figures(liveOffice);
        Map<String, Object> later = figures(laterOffice);
        assertThat(JsonPath.<Boolean>read(live, "$.suppressed")).isFalse();
        List<Map<String, Object>> liveFigures = JsonPath.read(live, "$.figures");
        List<Map<String, Object>> laterFigures = JsonPath.read(later, "$.figures");
        assertThat(laterFigures).extracting(f -> f.get("key")).containsExactlyElementsOf(
                liveFigures.stream().map(f -> f.get("key")).toList());
        for (int i = 0; i < liveFigures.size(); i++) {
            Map<String, Object> expected = liveFigures.get(i);
            Map<String, Object> actual = laterFigures.get(i);
            if (expected.get("key").equals("acknowledgements")) {
                // The one figure of the notification process rather than of the records, worked out by hand below.
                continue;
            }
            assertThat(actual.get("total")).as(expected.get("key") + " total").isEqualTo(expected.get("total"));
            // The offices' own names are the only labels that may differ.
            assertThat(json(actual.get("cells")).replace(laterOffice.name(), "the office")).as(expected.get("key")
                    + " cells").isEqualTo(json(expected.get("cells")).replace(liveOffice.name(), "the office"));
            assertThat(actual.get("statistics")).as(expected.get("key") + " statistics")
                    .isEqualTo(expected.get("statistics"));
        }

        // The acknowledgement figure: a notice of a transfer entered afterwards could not have been acknowledged
        // when it happened, so the figure leaves it out (its definition says so), acknowledged or not. Live: A's, B's
        // and C's release dates and A's transfer (4), each acknowledged by all six hours after it was made;
        // afterwards the transfer is told, on its own, and acknowledged, but not measured (3), each at once.
        assertThat(List.of(total(live, "acknowledgements"), count(live, "acknowledgements", ALL),
                count(live, "acknowledgements", WITHIN_A_DAY), statistic(live, SHARE)))
                .as("live: every notice counted").containsExactly(4, 4, 4, 100.0);
        assertThat(median(live)).as("live: six hours, to the minute").isBetween(5.95, 6.0);
        assertThat(List.of(total(later, "acknowledgements"), count(later, "acknowledgements", ALL),
                count(later, "acknowledgements", WITHIN_A_DAY), statistic(later, SHARE)))
                .as("afterwards: the transfer left out").containsExactly(3, 3, 3, 100.0);
        assertThat(median(later)).as("afterwards: at once").isLessThan(1.0);
        for (HistoricOffice office : List.of(liveOffice, laterOffice)) {
            assertThat(jdbc.sql("""
                    select count(*) from notice n join notice_event e on e.id = n.event_id
                    where e.office_id = :office and e.needs_acknowledgement and n.acknowledged_at is null""")
                    .param("office", office.unit()).query(Long.class).single())
                    .as(office.name() + ": everyone told acknowledged, the transfer's recipients too").isZero();
        }

        // Worked out by hand from HistoricYear's script, for both offices.
        for (Map<String, Object> office : List.of(live, later)) {
            assertThat(total(office, "funnel")).isEqualTo(3);
            assertThat(reached(office, "funnel", "Enrolled")).as("A and B").isEqualTo(2);
            assertThat(reached(office, "funnel", "Released")).as("A").isEqualTo(1);
            assertThat(count(office, "exits", "Declined")).as("C").isEqualTo(1);
            assertThat(count(office, "meetings", "Held in custody")).as("A twice, B twice").isEqualTo(4);
            assertThat(count(office, "meetings", "Held after release")).as("A at T-120").isEqualTo(1);
            assertThat(count(office, "meetingAttendance", "Client absent")).as("A at T-170").isEqualTo(1);
            assertThat(count(office, "firstMeetingLead", "90–179 days")).as("A: T-240 before T-150").isEqualTo(1);
            assertThat(count(office, "handoversPerClient", "1")).as("A").isEqualTo(1);
            assertThat(count(office, "custodyEvents", "Transferred")).as("A").isEqualTo(1);
            assertThat(count(office, "participation", "Social services")).as("A and B").isEqualTo(2);
        }

        // Afterwards, A's release date (recorded now) and its transfer (T-200, typed in beside it) are two notices:
        // a fact entered afterwards joins no chain. Live, the two were 129 days apart anyway.
        for (HistoricOffice office : List.of(liveOffice, laterOffice)) {
            assertThat(jdbc.sql("""
                    select count(*) from notice_event where office_id = :office and needs_acknowledgement
                      and coalesced_into is null and withdrawn_at is null""").param("office", office.unit())
                    .query(Long.class).single()).as(office.name() + " custody notices standing alone").isEqualTo(4);
        }
        assertThat(jdbc.sql("select count(*) from notice_event where office_id = :office and entered_afterwards")
                .param("office", laterOffice.unit()).query(Long.class).single()).as("the transfer").isEqualTo(1);

        // The outcome forms' counts (compared alike above with every other figure): A's release form.
        for (Map<String, Object> office : List.of(live, later)) {
            assertThat(List.of(total(office, "outcomeFollowUpAtRelease"),
                    count(office, "outcomeFollowUpAtRelease", "Form recorded"), total(office, "outcomesAtRelease"),
                    count(office, "outcomesAtRelease", "Settled accommodation"),
                    count(office, "outcomesAtRelease", "Work, education or training"),
                    count(office, "outcomesAtRelease", "Addiction treatment needed"),
                    count(office, "outcomesAtRelease", "Addiction treatment started")))
                    .as("A due at release, with a form: settled, occupied, addiction treatment needed and started")
                    .containsExactly(1, 1, 1, 1, 1, 1, 1);
        }
    }

    /**
     * Everyone told of a custody change in the office acknowledges their notice, through the API, at {@code at} on the
     * stepped clock; the notices are made first (by the listeners, after the change's transaction).
     */
    private void acknowledgeAt(HistoricOffice office, LocalDateTime at) {
        new NoticeFixtures(jdbc, clients).awaitDelivered();
        CLOCK.stepTo(at.toLocalDate(), at.toLocalTime());
        acknowledge(office);
    }

    private void acknowledge(HistoricOffice office) {
        new NoticeFixtures(jdbc, clients).awaitDelivered();
        record Told(UUID notice, String username) {
        }
        List<Told> told = jdbc.sql("""
                        select n.id, u.username from notice n join notice_event e on e.id = n.event_id
                        join app_user u on u.id = n.recipient_id
                        where e.office_id = :office and e.needs_acknowledgement and n.channel = 'IN_APP'
                          and n.acknowledged_at is null""").param("office", office.unit())
                .query((rs, i) -> new Told(rs.getObject(1, UUID.class), rs.getString(2))).list();
        for (Told notice : told) {
            try {
                mvc.perform(post("/api/v1/notifications/" + notice.notice() + "/acknowledgement")
                        .with(httpBasic(notice.username(), "demo"))).andExpect(status().isNoContent());
            } catch (Exception e) {
                // Called from the clock's step, which may throw nothing checked.
                throw new AssertionError(notice.username() + " could not acknowledge", e);
            }
        }
    }

    private Map<String, Object> figures(HistoricOffice office) throws Exception {
        String body = mvc.perform(get("/api/v1/followup/figures").param("basis", "REFERRAL")
                        .param("from", TODAY.minusDays(340).toString()).param("to", TODAY.toString())
                        .param("office", office.unit().toString()).with(httpBasic(office.manager(), "demo")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$");
    }

    private static Object reached(Map<String, Object> figures, String key, String label) {
        List<Object> counts = JsonPath.read(figures,
                "$.figures[?(@.key == '" + key + "')].cells[?(@.label == '" + label + "')].reached");
        assertThat(counts).as(key + " " + label).hasSize(1);
        return counts.get(0);
    }

    private static String json(Object value) {
        return JsonPath.parse(value).jsonString();
    }

    private static Object total(Map<String, Object> figures, String key) {
        List<Object> totals = JsonPath.read(figures, "$.figures[?(@.key == '" + key + "')].total");
        assertThat(totals).as(key).hasSize(1);
        return totals.get(0);
    }

    private static Object statistic(Map<String, Object> figures, String label) {
        List<Object> values = JsonPath.read(figures,
                "$.figures[?(@.key == 'acknowledgements')].statistics[?(@.label == '" + label + "')].value");
        assertThat(values).as(label).hasSize(1);
        return values.get(0);
    }

    private static double median(Map<String, Object> figures) {
        return ((Number) statistic(figures, "Median hours until the last acknowledgement")).doubleValue();
    }

    private static Object count(Map<String, Object> figures, String key, String label) {
        List<Object> counts = JsonPath.read(figures,
                "$.figures[?(@.key == '" + key + "')].cells[?(@.label == '" + label + "')].count");
        assertThat(counts).as(key + " " + label).hasSize(1);
        return counts.get(0);
    }

    private String send(String username, MockHttpServletRequestBuilder request, String json, int expected)
            throws Exception {
        var response = mvc.perform(request.with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        return response.getContentAsString();
    }
}
