package org.throughcare.workspace;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.ReleaseDayArrangements;
import org.throughcare.plan.ReleaseDayEntry;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.plan.ArrangeReleaseDay;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Each role's start page: an item appears for the role whose work it is, and only with the data behind it
 * (a measure waiting, a release coming up, a client newly shared), and goes when the work is done.
 */
@IntegrationTest
class StartPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clientManagement;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    PlanManagement plans;
    @Autowired
    MeasureWork measureWork;
    @Autowired
    ReleaseDayArrangements releaseDay;

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
    }

    private String startPage(String username) throws Exception {
        Cookie session = mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        return mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The text of one start-page item (its card), empty when the page has no such item. */
    static String item(String page, String key) {
        Matcher m = Pattern.compile("<li class=\"card\" id=\"work-" + key + "\">(.*?)</li>\\s*(<li class=\"card\"|</ul>\\s*</main>)",
                Pattern.DOTALL).matcher(page);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void aPartnerSeesTheMeasureWaitingForTheirAnswerUntilTheyAnswerIt() throws Exception {
        ClientId client = fixtures.clientInCustody("Start Waiting Client", 60);
        fixtures.join(client, "partner");
        assertThatItem(startPage("partner"), "newly-shared", false, "Start Waiting Client");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
        String before = startPage("partner");
        assertThatItem(before, "newly-shared", true, "Start Waiting Client");
        assertThatItem(before, "measures-waiting", false, "Find a flat before release");

        UUID social = fixtures.organisation("Socialtjänsten Umeå");
        UUID measure = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, "Find a flat before release",
                MeasureType.HOUSING, social, fixtures.actor("partner").userId().value(), null, Phase.AFTER_RELEASE,
                null, null, null), fixtures.actor("coordinator"));
        String waiting = startPage("partner");
        long count = count(waiting, "measures-waiting");
        org.assertj.core.api.Assertions.assertThat(count).as("one more waiting").isEqualTo(
                count(before, "measures-waiting") + 1);
        if (count <= org.throughcare.shared.contribution.WorkItem.LINES_SHOWN) {
            assertThatItem(waiting, "measures-waiting", true, "Start Waiting Client: Find a flat before release");
            org.assertj.core.api.Assertions.assertThat(item(waiting, "measures-waiting"))
                    .contains("/clients/" + client + "/plan/measures/" + measure);
        }
        // Not the employment service's work, nor the coordinator's.
        assertThatItem(startPage("employment"), "measures-waiting", false, "Find a flat before release");
        assertThatItem(startPage("coordinator"), "measures-waiting", false, "Find a flat before release");

        measureWork.accept(client, measure, 0L, fixtures.actor("partner"));
        String answered = startPage("partner");
        assertThatItem(answered, "measures-waiting", false, "Find a flat before release");
        org.assertj.core.api.Assertions.assertThat(count(answered, "measures-waiting")).isEqualTo(count - 1);
    }

    @Test
    void aMeasureDeclinedWithoutADueDateIsOnTheCoordinatorsStartPage() throws Exception {
        ClientId client = fixtures.clientInCustody("Start Declined Client", 60);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
        UUID measure = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, "Undated flat search",
                MeasureType.HOUSING, fixtures.organisation("Socialtjänsten Umeå"), fixtures.actor("partner").userId().value(),
                null, Phase.AFTER_RELEASE,
                null, null, null), fixtures.actor("coordinator"));
        measureWork.decline(client, measure, new org.throughcare.plan.DeclineMeasure("No flats this winter", 0L),
                fixtures.actor("partner"));
        String page = startPage("coordinator");
        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"work-measures-attention\"");
        // The office manager sees it among the coordinators' open items; the partner who declined does not.
        assertThat(startPage("manager")).contains("id=\"work-measures-attention\"");
        assertThat(startPage("partner")).doesNotContain("id=\"work-measures-attention\"");
        if (count(page, "measures-attention") <= org.throughcare.shared.contribution.WorkItem.LINES_SHOWN) {
            assertThatItem(page, "measures-attention", true, "Start Declined Client: Undated flat search");
        }
    }

    @Test
    void aCoordinatorSeesReleasesComingUpAndStaleCasesAndPrisonStaffTheirInstitutionsReleases() throws Exception {
        // Released today: first among the releases, however many other tests add (the generated worlds' are later).
        fixtures.clientInCustody("Start Released Today", 0);
        fixtures.clientInCustody("Start Far Away", 200);
        fixtures.clientInCustody("Start Long Passed", -251);
        String coordinator = startPage("coordinator");
        assertThatItem(coordinator, "releases", true, "Start Released Today");
        assertThatItem(coordinator, "releases", false, "Start Far Away");
        assertThatItem(coordinator, "releases", false, "Start Long Passed");
        org.assertj.core.api.Assertions.assertThat(line(coordinator, "releases", "Start Released Today")).contains("today");
        org.assertj.core.api.Assertions.assertThat(item(coordinator, "stale")).contains("251 days ago");

        // The prison where the client is held sees the release coming; the partner, outside the group, does not.
        assertThatItem(startPage("prison"), "releases", true, "Start Released Today");
        String partner = startPage("partner");
        org.assertj.core.api.Assertions.assertThat(partner).doesNotContain("Start Released Today")
                .doesNotContain("id=\"work-releases\"").doesNotContain("id=\"work-stale\"");
    }

    @Test
    void aManagerSeesTheOfficesFiguresTheAnalystCountsAndTheAdministratorTheAuditLog() throws Exception {
        fixtures.clientInCustody("Start Manager Sees", 9);
        String manager = startPage("manager");
        org.assertj.core.api.Assertions.assertThat(item(manager, "per-coordinator")).contains("Karin Lindqvist");
        org.assertj.core.api.Assertions.assertThat(item(manager, "consent-completeness")).contains("%");
        org.assertj.core.api.Assertions.assertThat(manager).doesNotContain("id=\"work-measures-waiting\"");

        String analyst = startPage("analyst");
        org.assertj.core.api.Assertions.assertThat(item(analyst, "target-pool")).contains("Not yet screened");
        org.assertj.core.api.Assertions.assertThat(item(analyst, "consent-completeness")).isNotEmpty();
        // Counts, never names.
        org.assertj.core.api.Assertions.assertThat(analyst).doesNotContain("Start Manager Sees")
                .doesNotContain("id=\"work-per-coordinator\"");

        String admin = startPage("admin");
        org.assertj.core.api.Assertions.assertThat(item(admin, "audit")).contains("/admin/audit");
        org.assertj.core.api.Assertions.assertThat(admin).doesNotContain("id=\"work-releases\"")
                .doesNotContain("id=\"work-target-pool\"");
    }

    @Test
    void aReleaseLineSaysWhatIsStillMissingUntilItIsArrangedEachLinkingToWhereItIsDone() throws Exception {
        // Released today: first among the releases, however many other tests add (the generated worlds' are later).
        ClientId client = fixtures.clientInCustody("Start Missing Things", 0);
        fixtures.join(client, "partner");
        String before = line(startPage("coordinator"), "releases", "Start Missing Things");
        // No first night arranged, and an agency in the group with no consent documented for it.
        assertThat(before).contains("Still missing:").contains("No first night arranged")
                .contains("href=\"/clients/" + client + "/plan/release-day\"")
                .contains("Consent not documented for an agency in the group")
                .contains("href=\"/clients/" + client + "/consents\"");
        // The manager sees the office's releases with the coordinator and the same missing things.
        String managerPage = startPage("manager");
        String manager = line(managerPage, "releases", "Start Missing Things");
        assertThat(manager).contains("(Karin Lindqvist)").contains("No first night arranged");
        // And the office's flags by kind, each leading to the caseload filtered by it.
        assertThat(line(managerPage, "flags-by-kind", "No first night arranged"))
                .contains("href=\"/clients?scope=office&amp;flag=NO_FIRST_NIGHT\"");
        assertThat(line(managerPage, "flags-by-kind", "Consent not documented")).contains("flag=CONSENT_MISSING");
        // Prison staff see the release, not the case's missing things (they are not responsible for the case).
        String prisonPage = startPage("prison");
        String prison = line(prisonPage, "releases", "Start Missing Things");
        assertThat(prison).contains("today").doesNotContain("Still missing");
        assertThat(prisonPage).doesNotContain("id=\"work-flags-by-kind\"");
        assertThat(startPage("coordinator")).doesNotContain("id=\"work-flags-by-kind\"");

        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        releaseDay.save(client, new ArrangeReleaseDay(List.of(new ReleaseDayEntry(ReleaseDayItem.FIRST_NIGHT,
                "Hostel on Storgatan", fixtures.organisation("Socialtjänsten Umeå"), null, null))),
                fixtures.actor("coordinator"));
        String after = line(startPage("coordinator"), "releases", "Start Missing Things");
        // What stays missing is a meeting before release, which no client released on the day of registering has.
        assertThat(after).contains("today").doesNotContain("No first night arranged")
                .doesNotContain("Consent not documented").contains("No first meeting booked");
    }

    /** One line of an item (its list entry) that names the text; fails when the item has no such line. */
    static String line(String page, String key, String text) {
        for (String li : item(page, key).split("<li>")) {
            if (li.contains(text)) {
                return li.substring(0, li.indexOf("</li>"));
            }
        }
        throw new AssertionError(key + " has no line with " + text);
    }

    /** The count an item shows; 0 when the page has no such item. */
    private static long count(String page, String key) {
        Matcher m = Pattern.compile("<span class=\"count\">(\\d+)</span>").matcher(item(page, key));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static void assertThatItem(String page, String key, boolean present, String text) {
        if (present) {
            org.assertj.core.api.Assertions.assertThat(item(page, key)).as(key).contains(text);
        } else {
            org.assertj.core.api.Assertions.assertThat(item(page, key)).as(key).doesNotContain(text);
        }
    }
}
