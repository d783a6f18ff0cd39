package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.UnitView;
import org.throughcare.followup.radar.RadarSnapshots;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * The backslide radar: gaps appear and disappear with the data behind them, their age counts from the first daily
 * snapshot that saw them, the daily counts make the trend, and only the office's manager sees it.
 */
@IntegrationTest
class RadarTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    ClientLifecycle lifecycle;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    RadarSnapshots snapshots;
    @Autowired
    DirectoryManagement directory;

    OutcomeFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new OutcomeFixtures(jdbc, clients, lifecycle, groups, consents);
        today = LocalDate.now();
    }

    private ResultActions api(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/followup/radar" + query).with(httpBasic(user, "demo")));
    }

    /** The page (from 1) that lists the client, in the order the query asks for: tests share the office. */
    private int pageOf(String kindAndOrder, ClientId client) throws Exception {
        int size = kindAndOrder.contains("size=") ? Integer.parseInt(kindAndOrder.replaceAll(".*size=(\\d+).*", "$1"))
                : 100;
        String query = "?kind=" + kindAndOrder + (kindAndOrder.contains("size=") ? "" : "&size=100");
        for (int page = 1; page < 1000; page++) {
            String body = api("manager", query + "&page=" + page).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            List<String> ids = JsonPath.read(body, "$.gaps.items[*].clientId");
            if (ids.contains(client.toString())) {
                return page;
            }
            if (ids.size() < size) {
                break;
            }
        }
        throw new AssertionError("not on the radar: " + client);
    }

    private List<String> clientsOfKind(String kind) throws Exception {
        String body = api("manager", "?kind=" + kind + "&size=100").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(body, "$.gaps.items[*].clientId");
        int total = JsonPath.read(body, "$.gaps.totalItems");
        // More than a page would hide the client looked for: ask for the rest.
        for (int page = 2; ids.size() < total; page++) {
            String more = api("manager", "?kind=" + kind + "&size=100&page=" + page).andReturn().getResponse()
                    .getContentAsString();
            ids.addAll(JsonPath.read(more, "$.gaps.items[*].clientId"));
        }
        return ids;
    }

    private UnitView umea() {
        UnitView office = directory.unitsOfType(AgencyType.PROBATION).stream()
                .filter(u -> u.id().equals(fixtures.plan.actor("manager").unitId().value())).findFirst().orElseThrow();
        return office;
    }

    @Test
    void anOverdueOutcomeFormIsAGapUntilTheFormIsRecorded() throws Exception {
        ClientId client = fixtures.released("Radar Overdue Form", today.minusDays(40));
        assertThat(clientsOfKind("OUTCOME_OVERDUE")).contains(client.toString());
        api("manager", "?kind=OUTCOME_OVERDUE&size=100&page=" + pageOf("OUTCOME_OVERDUE", client)).andExpect(jsonPath(
                "$.gaps.items[?(@.clientId == '" + client + "')].clientName").value(hasItem("Radar Overdue Form")))
                .andExpect(jsonPath("$.gaps.items[?(@.clientId == '" + client + "')].href")
                        .value(hasItem("/clients/" + client + "/outcomes")))
                .andExpect(jsonPath("$.gaps.items[?(@.clientId == '" + client + "')].ownerName")
                        .value(hasItem("Karin Lindqvist")));
        mvc.perform(post("/api/v1/clients/" + client + "/outcomes").with(httpBasic("coordinator", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(OutcomeApiTests.form("RELEASE", today)))
                .andExpect(status().isCreated());
        assertThat(clientsOfKind("OUTCOME_OVERDUE")).doesNotContain(client.toString());
    }

    @Test
    void aGroupAgencyWithoutConsentIsAGapUntilConsentIsDocumented() throws Exception {
        ClientId client = fixtures.plan.clientInCustody("Radar Consent Gap", 200);
        assertThat(clientsOfKind("CONSENT_MISSING")).doesNotContain(client.toString());
        fixtures.plan.join(client, "partner");
        assertThat(clientsOfKind("CONSENT_MISSING")).contains(client.toString());
        fixtures.plan.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        assertThat(clientsOfKind("CONSENT_MISSING")).doesNotContain(client.toString());
    }

    @Test
    void aReferralTheServiceHasNotAnsweredInFourteenDaysIsAGapUntilItIsAnswered() throws Exception {
        ClientId client = fixtures.plan.clientInCustody("Radar Unanswered Referral", 200);
        referral(client, 10);
        assertThat(clientsOfKind("REFERRAL_UNANSWERED")).doesNotContain(client.toString());
        java.util.UUID old = referral(client, 15);
        assertThat(clientsOfKind("REFERRAL_UNANSWERED")).contains(client.toString());
        api("manager", "?kind=REFERRAL_UNANSWERED&size=100").andExpect(jsonPath(
                "$.gaps.items[?(@.clientId == '" + client + "')].href")
                .value(hasItem("/clients/" + client + "/referrals")));
        // The service accepts the old one; the recent one, still sent, is not yet fourteen days old.
        jdbc.sql("update referral set status = 'ACCEPTED' where id = :id").param("id", old).update();
        assertThat(clientsOfKind("REFERRAL_UNANSWERED")).doesNotContain(client.toString());
    }

    /** A referral sent {@code daysAgo} days ago to some service of the demo directory, still unanswered. */
    private java.util.UUID referral(ClientId client, int daysAgo) {
        java.util.Map<String, Object> service = jdbc.sql("select id, organisation_id from service order by id")
                .query().listOfRows().get(0);
        java.util.UUID id = java.util.UUID.randomUUID();
        java.sql.Timestamp sent = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(daysAgo)));
        jdbc.sql("""
                insert into referral (id, client_id, service_id, organisation_id, need_area, reason, urgency, status,
                  referred_by, referred_at, changed_at, version)
                values (:id, :c, :s, :o, 'ACCOMMODATION', 'radar test', 'ROUTINE', 'SENT', :by, :at, :at, 0)""")
                .param("id", id).param("c", client.value()).param("s", service.get("id") == null ? service.get("ID")
                        : service.get("id")).param("o", service.get("organisation_id") == null
                        ? service.get("ORGANISATION_ID") : service.get("organisation_id"))
                .param("by", java.util.UUID.randomUUID()).param("at", sent).update();
        return id;
    }

    @Test
    void theDailySnapshotDatesEachGapCountsEachKindAndClosesWhatWentAway() throws Exception {
        ClientId client = fixtures.released("Radar Snapshot Client", today.minusDays(50));
        UnitView office = umea();
        snapshots.take(office);
        assertThat(jdbc.sql("""
                        select first_seen from radar_gap where client_id = :c and kind = 'OUTCOME_OVERDUE'
                          and closed_on is null""").param("c", client.value()).query(LocalDate.class).single())
                .isEqualTo(today);
        // What the snapshot read to count, it read as itself: the audit log names it.
        assertThat(jdbc.sql("select count(*) from audit_entry where actor_username = 'radar-snapshot' and subject_id = :c")
                .param("c", client.toString()).query(Long.class).single()).isPositive();
        int before = count(office, "OUTCOME_OVERDUE");
        assertThat(before).isPositive();
        // Seen first twelve days ago: the oldest of its kind unless others are older still, and twelve days old.
        jdbc.sql("update radar_gap set first_seen = :d where client_id = :c").param("d", today.minusDays(12))
                .param("c", client.value()).update();
        api("manager", "?kind=OUTCOME_OVERDUE&size=100").andExpect(status().isOk())
                .andExpect(jsonPath("$.gaps.items[?(@.clientId == '" + client + "')].ageDays").value(hasItem(12)))
                .andExpect(jsonPath("$.trend[-1:].day").value(hasItem(today.toString())));
        String oldestFirst = api("manager", "?kind=OUTCOME_OVERDUE&sort=age&dir=desc&size=100").andReturn()
                .getResponse().getContentAsString();
        List<Integer> ages = JsonPath.read(oldestFirst, "$.gaps.items[*].ageDays");
        assertThat(ages).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String newestFirst = api("manager", "?kind=OUTCOME_OVERDUE&sort=age&dir=asc&size=100").andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(newestFirst, "$.gaps.items[*].ageDays")).isSorted();

        mvc.perform(post("/api/v1/clients/" + client + "/outcomes").with(httpBasic("coordinator", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(OutcomeApiTests.form("RELEASE", today)))
                .andExpect(status().isCreated());
        snapshots.take(office);
        assertThat(count(office, "OUTCOME_OVERDUE")).isEqualTo(before - 1);
        assertThat(jdbc.sql("select closed_on from radar_gap where client_id = :c and kind = 'OUTCOME_OVERDUE'")
                .param("c", client.value()).query(LocalDate.class).single()).isEqualTo(today);
    }

    @Test
    void onlyTheOfficesManagerSeesItAndOnlyTheOfficesCases() throws Exception {
        ClientId elsewhere = fixtures.releasedElsewhere("coordinator.goteborg", "1480", "Radar Goteborg Client",
                today.minusDays(60));
        assertThat(clientsOfKind("OUTCOME_OVERDUE")).doesNotContain(elsewhere.toString());
        for (String user : List.of("coordinator", "partner", "prison", "analyst", "admin", "coordinator.goteborg")) {
            api(user, "").andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownKindOrOrderIsRefusedAtItsField() throws Exception {
        api("manager", "?kind=NOT_A_KIND").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        api("manager", "?sort=name").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        api("manager", "?dir=up").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dir"));
    }

    @Test
    void theManagersPageShowsTheGapsTheirOwnersAndTheTrendInEachLanguage() throws Exception {
        ClientId client = fixtures.released("Radar Page Client", today.minusDays(41));
        snapshots.take(umea());
        Cookie session = mvc.perform(formLogin().user("manager").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        // Other tests leave gaps of the same age in the office: the client's line is on the page the API puts it on.
        int page = pageOf("OUTCOME_OVERDUE&sort=age&dir=asc&size=20", client);
        mvc.perform(get("/followup/radar?kind=OUTCOME_OVERDUE&sort=age&dir=asc&page=" + page).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Radar Page Client")))
                .andExpect(content().string(containsString("/clients/" + client + "/outcomes")))
                .andExpect(content().string(containsString("Follow-up form overdue")))
                .andExpect(content().string(containsString("Over time")));
        mvc.perform(get("/followup/radar").cookie(session).header("Accept-Language", "sv"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Glappradar")));
        mvc.perform(get("/followup/radar").cookie(session).header("Accept-Language", "nb"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Glippsoneradar")));
        mvc.perform(get("/followup/radar?sort=sideways").cookie(session)).andExpect(status().isBadRequest());
        Cookie coordinator = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/").cookie(coordinator)).andExpect(content().string(not(containsString("/followup/radar"))));
        mvc.perform(get("/followup/radar").cookie(coordinator)).andExpect(status().isForbidden());
    }

    private int count(UnitView office, String kind) {
        return jdbc.sql("select open_gaps from radar_snapshot where office_id = :o and taken_on = :d and kind = :k")
                .param("o", office.id()).param("d", today).param("k", kind).query(Integer.class).single();
    }
}
