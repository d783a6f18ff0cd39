package org.throughcare.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.group.AddMember;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;

/**
 * The main flow in a real headless Chromium: Debian's, never a downloaded one. Where no chromium is
 * installed the test is skipped with a loud message; CI installs it, so there it always runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    org.throughcare.group.ConsentManagement consents;
    @Autowired
    org.throughcare.plan.PlanManagement plans;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("\n!!!!! BROWSER TESTS SKIPPED: no chromium at " + CHROMIUM
                    + " (apt-get install -y chromium) !!!!!\n");
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
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
    void coordinatorSearchesTheDirectoryOpensAContactAndSwitchesToSwedish() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/directory");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

        logIn(page, "coordinator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Directory"))).isVisible();
        assertThat(page.locator(".user-name")).hasText("Karin Lindqvist");

        // Typing narrows the list through htmx, without a page load — once htmx has processed the page, which it
        // does on DOMContentLoaded, after its deferred script has run: a readyState of "complete" comes after both.
        page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
        page.getByLabel("Name or contact").fill("Arbetsförmedlingen Umeå");
        Locator results = page.locator("#results tbody tr");
        assertThat(results).hasCount(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Arbetsförmedlingen Umeå")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Arbetsförmedlingen Umeå")))
                .isVisible();
        Locator firstContact = page.locator("section[aria-labelledby=contacts-heading] tbody tr a").first();
        String contactName = firstContact.textContent();
        firstContact.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(contactName))).isVisible();
        assertThat(page.locator(".facts")).containsText("Arbetsförmedlare");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Svenska")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator(".facts")).containsText("Roll");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Katalog"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contact-sv.png"))
                .setFullPage(true));
    }

    @Test
    void coordinatorRegistersScreensAndEnrolsAClient() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/clients");
        logIn(page, "coordinator", "demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a client")).click();

        LocalDate born = LocalDate.of(1988, 5, 17);
        page.getByLabel("Full name").fill("Elias Browser");
        page.locator("#idNumber").fill(org.throughcare.client.TestNumbers.personnummer(born));
        page.getByLabel("Date of birth").fill(born.toString());
        page.getByLabel("Gender").selectOption("MALE");
        page.getByLabel("Responsible municipality").selectOption("2480");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Elias Browser"))).isVisible();
        assertThat(page.locator(".stage-badge")).containsText("Referred");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record custody")).click();
        LocalDate release = LocalDate.now().plusMonths(4);
        page.getByLabel("Custodial institution").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Anstalten Umeå"));
        page.getByLabel("Sentence start").fill(release.minusMonths(16).toString());
        page.getByLabel("Sentence length in months").fill("24");
        page.getByLabel("Conditional release date").fill(release.toString());
        page.getByLabel("Risk of recidivism").selectOption("HIGH");
        page.getByLabel("Assessment instrument").fill("LS/CMI");
        page.getByLabel("Assessed on").fill(LocalDate.now().minusDays(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".facts").nth(1)).containsText(release.toString());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Screen eligibility")).click();
        // Pre-filled from the record: the release is within the window, the risk is high.
        assertThat(page.locator("#releaseInWindow")).hasValue("MET");
        assertThat(page.locator("#riskMediumOrHigh")).hasValue("MET");
        page.locator("#severalAgencies").selectOption("MET");
        page.locator("#motivated").selectOption("MET");
        page.locator("#decision").selectOption("ELIGIBLE");
        page.getByLabel("Reason for the decision").fill("Needs housing, work and addiction care");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record screening")).click();
        assertThat(page.locator(".stage-badge")).containsText("Screened");

        for (String stage : new String[] {"Consented", "Enrolled"}) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change stage")).click();
            page.getByLabel("New stage").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(stage));
            page.getByLabel("Reason").fill("Agreed at the first meeting");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change stage")).click();
            assertThat(page.locator(".stage-badge")).containsText(stage);
        }
        assertThat(page.locator(".timeline")).containsText("Screened → Consented");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/client-enrolled.png"))
                .setFullPage(true));
    }

    @Test
    void consentForOneAgencyLetsItsWorkerSeeTheClientButNotAnotherAgencysWorker() {
        Actor coordinator = actor("coordinator");
        if (jdbc.sql("select count(*) from app_user where username = 'partner.af'").query(Long.class).single() == 0) {
            identity.createUser(new CreateUser("partner.af", "Ida Arbetsförmedlare", null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(organisation("Arbetsförmedlingen Umeå")), null));
        }
        LocalDate born = LocalDate.of(1990, 9, 9);
        ClientId client = clients.register(new RegisterClient("Consent Browser", "SE",
                org.throughcare.client.TestNumbers.personnummer(born), born, Gender.MALE, null, false, "2480",
                coordinator.unitId().value(), coordinator.userId().value()), coordinator);
        for (String worker : new String[] {"partner", "partner.af"}) {
            groups.addMember(client, new AddMember(actor(worker).userId().value(), null, GroupRole.CASE_WORKER,
                    LocalDate.now(), null), coordinator);
        }

        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/clients/" + client + "/consents");
        logIn(page, "coordinator", "demo");
        assertThat(page.locator("tr.flagged")).hasCount(2);
        page.locator("#form").selectOption("DIGITAL");
        page.getByLabel("The client was told what lifting confidentiality means").check();
        page.getByLabel("Socialtjänsten Umeå").check();
        page.getByLabel("Basic and custody facts").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save consent")).click();
        assertThat(page.locator(".card h3").first()).containsText("In force");
        assertThat(page.locator("tr.flagged")).hasCount(1);

        Page social = browser.newContext().newPage();
        social.navigate("http://localhost:" + port + "/clients/" + client);
        logIn(social, "partner", "demo");
        assertThat(social.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Consent Browser"))).isVisible();

        Page employment = browser.newContext().newPage();
        employment.navigate("http://localhost:" + port + "/clients/" + client);
        logIn(employment, "partner.af", "demo");
        assertThat(employment.locator("main")).containsText("No documented consent covers this information");
        assertThat(employment.locator("body")).not().containsText("Consent Browser");
    }

    @Test
    void anAssessedNeedIsFlaggedUntilTheEmploymentServiceAcceptsItsMeasure() {
        Actor coordinator = actor("coordinator");
        LocalDate born = LocalDate.of(1988, 3, 14);
        ClientId client = clients.register(new RegisterClient("Plan Browser", "SE",
                org.throughcare.client.TestNumbers.personnummer(born), born, Gender.MALE, "svenska", false, "2480",
                coordinator.unitId().value(), coordinator.userId().value()), coordinator);
        groups.addMember(client, new AddMember(actor("employment").userId().value(), null, GroupRole.CASE_WORKER,
                LocalDate.now(), null), coordinator);
        consents.record(client, new org.throughcare.group.RecordConsent(org.throughcare.group.ConsentForm.DIGITAL,
                LocalDate.now(), null, true, "2026-1", null, List.of(organisation("Arbetsförmedlingen Umeå")),
                List.of(org.throughcare.shared.DataCategory.BASIC_AND_CUSTODY,
                        org.throughcare.shared.DataCategory.NEEDS_ASSESSMENT,
                        org.throughcare.shared.DataCategory.PLAN_AND_MEASURES)), null, coordinator);
        String base = "http://localhost:" + port + "/clients/" + client;

        // The coordinator assesses: a significant need in employment, no need elsewhere.
        Page page = browser.newContext().newPage();
        page.navigate(base + "/assessment/new");
        logIn(page, "coordinator", "demo");
        for (int i = 0; i < 10; i++) {
            page.locator("[id='areas" + i + ".rating']").selectOption(i == 1 ? "SIGNIFICANT" : "NO_NEED");
        }
        page.locator("[id='areas1.clientView']").fill("I want a real job, not just a course");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a new version")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");
        assertThat(page.locator("tr.flagged")).containsText("Significant need");

        page.navigate(base);
        assertThat(page.locator(".plan-flags")).containsText("No owner");
        assertThat(page.locator(".plan-flags")).containsText("Employment, education and training");

        // A measure owned by the employment service, with its worker responsible.
        page.navigate(base + "/plan");
        page.locator("summary").filter(new Locator.FilterOptions().setHasText("Add a measure")).click();
        page.locator("#area").selectOption("EMPLOYMENT_EDUCATION_TRAINING");
        page.locator("#description").fill("Work training at the sawmill");
        page.locator("#type").selectOption("EMPLOYMENT_EDUCATION");
        page.getByLabel("Owning organisation").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Arbetsförmedlingen Umeå"));
        page.getByLabel("Responsible person").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Eva Nyström (Arbetsförmedlingen Umeå)"));
        page.locator("#phase").selectOption("AFTER_RELEASE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a measure")).click();
        assertThat(page.locator("#area-EMPLOYMENT_EDUCATION_TRAINING")).containsText("not accepted");
        assertThat(page.locator(".plan-flags")).containsText("No owner");

        // The employment service's worker finds it among her organisation's measures and accepts it.
        Page employment = browser.newContext().newPage();
        employment.navigate("http://localhost:" + port + "/measures");
        logIn(employment, "employment", "demo");
        employment.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Work training at the sawmill")).click();
        assertThat(employment.locator("main")).containsText("Arbetsförmedlingen Umeå is asked to own this measure");
        employment.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(employment.locator(".facts")).containsText("Accepted by owner");

        // The flag is gone from the client page.
        page.navigate(base);
        assertThat(page.locator(".plan-flags")).containsText("Every need has an owner.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/plan-owned.png"))
                .setFullPage(true));
    }

    private Actor actor(String username) {
        return org.throughcare.TestActors.actor(jdbc, username);
    }

    private java.util.UUID organisation(String name) {
        return org.throughcare.TestActors.organisation(jdbc, name);
    }

    @Test
    void aPartnersMorningStartsWithTheMeasureWaitingForTheirAnswer() {
        org.throughcare.plan.PlanFixtures fixtures = new org.throughcare.plan.PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Morning Client", 45);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", org.throughcare.shared.DataCategory.BASIC_AND_CUSTODY,
                org.throughcare.shared.DataCategory.PLAN_AND_MEASURES);
        plans.addMeasure(client, new org.throughcare.plan.AssignMeasure(org.throughcare.shared.NeedArea.ACCOMMODATION,
                "A room at the half-way house", org.throughcare.plan.MeasureType.HOUSING,
                organisation("Socialtjänsten Umeå"), actor("partner").userId().value(), null,
                org.throughcare.plan.Phase.AFTER_RELEASE, null, null, null), actor("coordinator"));

        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        logIn(page, "partner", "demo");
        Locator waiting = page.locator("#work-measures-waiting");
        assertThat(waiting).containsText("Measures waiting for your organisation's answer");
        assertThat(waiting).containsText("Morning Client: A room at the half-way house");
        waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Morning Client: A room at the half-way house")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.getByText("This measure is not waiting for an answer.")).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
        assertThat(page.locator("body")).not().containsText("A room at the half-way house");
    }

    @Test
    void theApiDocumentationIsBrowsableAfterLogin() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/swagger-ui/index.html");
        logIn(page, "partner", "demo");
        // Swagger UI renders the OpenAPI document in the browser, under our Content-Security-Policy. The first
        // request builds the document (several seconds on a busy CI machine), hence the longer wait.
        assertThat(page.locator(".opblock-tag[data-tag='Directory']"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.getByText("/api/v1/organisations/{id}").first()).isVisible();
    }

    @Test
    void aFailedLoginSaysSoInTheBrowser() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        logIn(page, "coordinator", "not-the-password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong username or password.");
    }

    /**
     * Book a meeting in the browser; the invited partner finds it in their inbox and opens it from there. Once the
     * day has passed, the coordinator records attendance and a decision that creates a measure, and the partner
     * finds the measure in the plan, owned by their organisation and naming the meeting that decided it.
     */
    @Test
    void theCoordinatorBooksAMeetingAndTheInvitedPartnerFindsItInTheInbox() {
        org.throughcare.plan.PlanFixtures fixtures = new org.throughcare.plan.PlanFixtures(jdbc, clients, groups,
                consents);
        String name = "Browser Meeting " + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        ClientId client = fixtures.clientInCustody(name, 70);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", org.throughcare.shared.DataCategory.BASIC_AND_CUSTODY,
                org.throughcare.shared.DataCategory.PLAN_AND_MEASURES,
                org.throughcare.shared.DataCategory.NEEDS_ASSESSMENT);
        LocalDate on = LocalDate.now().plusDays(12);

        Page coordinator = browser.newPage();
        coordinator.navigate("http://localhost:" + port + "/clients/" + client + "/meetings");
        logIn(coordinator, "coordinator", "demo");
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a meeting")).click();
        coordinator.getByLabel("Date").fill(on.toString());
        coordinator.getByLabel("Start time").fill("10:30");
        coordinator.getByLabel("Duration in minutes").fill("90");
        coordinator.getByLabel("Room").fill("Visiting room 3");
        coordinator.getByLabel("Omar Hassan (Socialtjänsten Umeå)").check();
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meeting " + on)))
                .isVisible();
        assertThat(coordinator.locator(".facts")).containsText("Anstalten Umeå");
        assertThat(coordinator.locator(".facts")).containsText("Omar Hassan");

        Page partner = browser.newContext().newPage();
        partner.navigate("http://localhost:" + port + "/notifications");
        logIn(partner, "partner", "demo");
        Locator notice = partner.locator("li.notice-item", new Page.LocatorOptions()
                .setHasText(name + ": you are invited to a meeting on " + on));
        // The inbox is filled after the booking commits: look again until it is there.
        for (int tries = 0; tries < 60 && notice.count() == 0; tries++) {
            partner.waitForTimeout(500);
            partner.reload();
        }
        assertThat(notice).hasCount(1);
        notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open")).click();
        assertThat(partner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meeting " + on)))
                .isVisible();
        assertThat(partner.locator(".facts")).containsText("Visiting room 3");
        assertThat(partner.locator(".facts")).containsText("Consent does not cover what is discussed");

        // The meeting's day has come and gone (moved back here, as time would): the coordinator records it.
        String meeting = coordinator.url().substring(coordinator.url().lastIndexOf('/') + 1);
        LocalDate held = LocalDate.now().minusDays(1);
        jdbc.sql("update meeting set starts_on = :on where id = :id").param("on", held)
                .param("id", java.util.UUID.fromString(meeting)).update();
        coordinator.reload();
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record what happened")).click();
        coordinator.getByLabel("Omar Hassan (Socialtjänsten Umeå)").selectOption(new com.microsoft.playwright.options
                .SelectOption().setLabel("Came late"));
        coordinator.getByLabel("Minutes").fill("Housing after release discussed");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(coordinator.locator("#outcome-heading + dl")).containsText("Omar Hassan: Came late");
        coordinator.locator("summary", new Page.LocatorOptions().setHasText("Record a decision")).click();
        coordinator.getByLabel("Decision", new Page.GetByLabelOptions().setExact(true))
                .fill("Omar finds a training flat before release");
        coordinator.getByLabel("The decision creates a measure in the plan").check();
        coordinator.getByLabel("Area of need").selectOption("ACCOMMODATION");
        coordinator.getByLabel("Kind of measure").selectOption("HOUSING");
        coordinator.getByLabel("Responsible person (their organisation owns the measure)")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
                        "Omar Hassan (Socialtjänsten Umeå)"));
        coordinator.getByLabel("When the measure is carried out").selectOption("IN_CUSTODY");
        coordinator.locator("form[action$='/decisions'] button[type=submit]").click();
        assertThat(coordinator.locator("ol.decisions")).containsText("Omar finds a training flat before release");

        partner.navigate("http://localhost:" + port + "/clients/" + client + "/plan");
        Locator measure = partner.locator("tr", new Page.LocatorOptions()
                .setHasText("Omar finds a training flat before release"));
        assertThat(measure).containsText("Socialtjänsten Umeå");
        assertThat(measure).containsText("Decided at the meeting of " + held);
    }

    private static void logIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
