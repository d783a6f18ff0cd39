package org.throughcare.web;

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
import org.springframework.boot.test.web.server.LocalServerPort;

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

        // Typing narrows the list through htmx, without a page load.
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
    void theApiDocumentationIsBrowsableAfterLogin() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/swagger-ui/index.html");
        logIn(page, "partner", "demo");
        // Swagger UI renders the OpenAPI document in the browser, under our Content-Security-Policy.
        assertThat(page.locator(".opblock-tag").filter(new Locator.FilterOptions().setHasText("Directory")))
                .isVisible();
        assertThat(page.getByText("/api/v1/organisations/{id}").first()).isVisible();
    }

    @Test
    void aFailedLoginSaysSoInTheBrowser() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        logIn(page, "coordinator", "not-the-password");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Wrong username or password.");
    }

    private static void logIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
