package org.throughcare.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
import org.throughcare.shared.NeedArea;

/**
 * A referral's whole life in a real headless Chromium: the coordinator refers from a plan measure to the addiction
 * service; its worker finds it under "Referrals to us", accepts, starts and completes it with an outcome per goal;
 * the coordinator's measure is then done, and the referral shows the outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralBrowserTests {

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
    @Autowired
    org.throughcare.identity.IdentityManagement identity;

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

    @Test
    void theCoordinatorRefersTheWorkerRunsTheReferralToItsEndAndTheMeasureIsDoneWithTheOutcome() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        if (jdbc.sql("select count(*) from app_user where username = 'addiction'").query(Long.class).single() == 0) {
            throw new IllegalStateException("the demo's addiction worker is missing");
        }
        ClientId client = fixtures.clientInCustody("Browser Referral Client", 40);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        UUID measure = plans.addMeasure(client, new AssignMeasure(NeedArea.SUBSTANCE_USE,
                "Outpatient treatment after release", MeasureType.TREATMENT,
                fixtures.actor("coordinator").organisationId().value(), fixtures.actor("coordinator").userId().value(),
                null, Phase.AFTER_RELEASE, null, null, null), fixtures.actor("coordinator"));
        String base = "http://localhost:" + port + "/clients/" + client;

        // The coordinator refers from the measure to the addiction service in the client's municipality.
        Page coordinator = browser.newContext().newPage();
        coordinator.navigate(base + "/referrals/new?measureId=" + measure + "&area=SUBSTANCE_USE");
        logIn(coordinator, "coordinator", "demo");
        coordinator.locator("#serviceId").selectOption(new SelectOption().setLabel("Öppenvårdsbehandling vid beroende"));
        coordinator.locator("#needArea").selectOption("SUBSTANCE_USE");
        coordinator.locator("#urgency").selectOption("URGENT");
        coordinator.locator("#reason").fill("Daily amphetamine use before custody; relapse risk");
        coordinator.locator("#goals").fill("Stay drug-free for three months\nTake part in an outpatient group");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
        assertThat(coordinator.locator("h1")).containsText("Öppenvårdsbehandling vid beroende");
        String referral = coordinator.url().replaceAll("^.*/referrals/([0-9a-f-]{36}).*$", "$1");

        // The service's worker finds it first thing under "Referrals to us" and runs it to its end.
        Page worker = browser.newContext().newPage();
        worker.navigate("http://localhost:" + port + "/");
        logIn(worker, "addiction", "demo");
        Locator toUs = worker.locator("#work-referrals-to-us");
        assertThat(toUs).containsText("Referrals to us");
        worker.navigate("http://localhost:" + port + "/referrals/queue");
        Locator line = worker.locator("#referral-" + referral);
        assertThat(line).containsText("Browser Referral Client");
        line.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Browser Referral Client")).click();
        move(worker, "ACCEPTED");
        move(worker, "STARTED");
        worker.locator("#to").selectOption("COMPLETED");
        worker.locator("#outcomes0").selectOption("ACHIEVED");
        worker.locator("#outcomes1").selectOption("PARTLY_ACHIEVED");
        worker.locator("#endNote").fill("Finished the group; one lapse in week six");
        worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(worker.locator("main")).containsText("Completed");

        // The coordinator's measure follows (after the change is committed): done; the referral shows the outcome.
        coordinator.navigate(base + "/plan/measures/" + measure);
        for (int tries = 0; tries < 40 && !coordinator.locator(".facts").innerText().contains("Done"); tries++) {
            coordinator.waitForTimeout(250);
            coordinator.reload();
        }
        assertThat(coordinator.locator(".facts")).containsText("Done");
        coordinator.navigate(base + "/referrals/" + referral);
        Locator outcome = coordinator.locator("section[aria-labelledby='goals-heading']");
        assertThat(outcome).containsText("Stay drug-free for three months – Achieved");
        assertThat(outcome).containsText("Take part in an outpatient group – Partly achieved");
        assertThat(coordinator.locator("main")).containsText("Finished the group; one lapse in week six");
        coordinator.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/referral-done.png"))
                .setFullPage(true));
    }

    private static void move(Page page, String to) {
        page.locator("#to").selectOption(to);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
    }

    private static void logIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
