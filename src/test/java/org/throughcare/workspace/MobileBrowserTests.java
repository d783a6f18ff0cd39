package org.throughcare.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * A phone, 390 px wide, in a real headless Chromium (Debian's; skipped loudly where none is installed, as
 * {@link BrowserTests}): the header's menu folds behind a button that works from the keyboard, and the
 * caseload, group, plan and meeting pages never scroll sideways as a whole (a wide table scrolls inside itself).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobileBrowserTests {

    static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    PlanManagement plans;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        if (!Files.isExecutable(BrowserTests.CHROMIUM)) {
            System.err.println("\n!!!!! BROWSER TESTS SKIPPED: no chromium at " + BrowserTests.CHROMIUM
                    + " (apt-get install -y chromium) !!!!!\n");
        }
        Assumptions.assumeTrue(Files.isExecutable(BrowserTests.CHROMIUM), "no chromium at " + BrowserTests.CHROMIUM);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserTests.CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page phone() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(PHONE_WIDTH, 844).setIsMobile(true).setHasTouch(true));
        return context.newPage();
    }

    @Test
    void theHeaderMenuFoldsBehindAButtonThatWorksFromTheKeyboard() {
        Page page = phone();
        page.navigate("http://localhost:" + port + "/");
        logIn(page, "coordinator");
        var toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        var caseload = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Caseload"));
        assertThat(toggle).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(caseload).isHidden();

        // Keyboard only: focus the button, Enter opens the menu, Tab walks into it, Escape closes it again.
        toggle.focus();
        page.keyboard().press("Enter");
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(caseload).isVisible();
        page.keyboard().press("Tab");
        assertThat(page.locator("#site-menu a").first()).isFocused();
        page.keyboard().press("Escape");
        assertThat(caseload).isHidden();
        assertThat(toggle).isFocused();

        page.keyboard().press("Space");
        caseload.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Caseload");

        // On a wide screen the menu is simply there, and the button is not.
        Page wide = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        wide.navigate("http://localhost:" + port + "/");
        logIn(wide, "coordinator");
        assertThat(wide.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))).isHidden();
        assertThat(wide.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseload"))).isVisible();
    }

    @Test
    void theCaseloadGroupPlanAndMeetingsNeverScrollSidewaysOnAPhone() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Mobile Maximiliana Fredrikssonsdotter-Westerholm", 40);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION,
                "A room at the half-way house on Storgatan, with support from the housing team every weekday",
                MeasureType.HOUSING, fixtures.organisation("Socialtjänsten Umeå"),
                fixtures.actor("partner").userId().value(), null, Phase.AFTER_RELEASE, null, null, null),
                fixtures.actor("coordinator"));

        Page page = phone();
        page.navigate("http://localhost:" + port + "/");
        logIn(page, "coordinator");
        String base = "/clients/" + client;
        for (String path : List.of("/", "/clients", "/clients?stage=all", base, base + "/group", base + "/consents",
                base + "/plan", base + "/plan/release-day", base + "/assessment", "/notifications",
                "/notifications/settings", base + "/meetings", base + "/meetings/new", "/meetings")) {
            page.navigate("http://localhost:" + port + path);
            page.waitForLoadState();
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("page width of %s at %d px", path, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        }
        page.navigate("http://localhost:" + port + base + "/group");
        Path shot = Path.of("target/screenshots/group-390.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        assertThat(Files.exists(shot)).isTrue();
    }

    @Test
    void theWebhookPagesNeverScrollSidewaysOnAPhone() {
        UUID endpoint = jdbc.sql("select id from webhook_endpoint order by created_at limit 1").query(UUID.class)
                .single();
        Page page = phone();
        page.navigate("http://localhost:" + port + "/");
        logIn(page, "admin");
        assertFitAPhone(page, List.of("/admin/webhooks", "/admin/webhooks/new", "/admin/webhooks/" + endpoint));
    }

    @Test
    void theServicePagesNeverScrollSidewaysOnAPhone() {
        UUID service = jdbc.sql("select id from service where accredited order by name limit 1").query(UUID.class)
                .single();
        Page page = phone();
        page.navigate("http://localhost:" + port + "/");
        logIn(page, "admin");
        assertFitAPhone(page, List.of("/directory/services", "/directory/services?area=SUBSTANCE_USE&accredited=true",
                "/directory/services/" + service, "/directory/services/" + service + "/edit"));
    }

    private void assertFitAPhone(Page page, List<String> paths) {
        for (String path : paths) {
            page.navigate("http://localhost:" + port + path);
            page.waitForLoadState();
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("page width of %s at %d px", path, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        }
    }

    private static void logIn(Page page, String username) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
