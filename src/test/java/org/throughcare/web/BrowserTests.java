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
