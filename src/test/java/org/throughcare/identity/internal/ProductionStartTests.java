package org.throughcare.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.ThroughcareApplication;

/**
 * A first production start: the production settings file (application-prod.properties, loaded without the
 * profile's PostgreSQL guard so the test runs on either test database), an empty database, a configured public
 * address, a mail server, and THROUGHCARE_BOOTSTRAP_ADMIN. Real HTTP against the started server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTests {

    private static final String BASE = "https://throughcare.example.org";
    private static final String PASSWORD = "first administrator's long passphrase";

    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final String schema = "prodstart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private ConfigurableApplicationContext app;
    private String origin;
    private String setupLink;

    @BeforeAll
    void startOnAnEmptyDatabase(CapturedOutput output) {
        mail.start();
        String testUrl = System.getProperty("spring.datasource.url", "jdbc:h2:mem:x");
        boolean postgres = testUrl.startsWith("jdbc:postgresql:");
        String url = postgres ? testUrl + (testUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema
                : "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--spring.config.additional-location=classpath:application-prod.properties",
                "--spring.datasource.url=" + url,
                "--server.port=0",
                "--server.servlet.session.cookie.secure=false",
                "--throughcare.accounts.bootstrap-admin=Root.Admin",
                "--throughcare.public-base-url=" + BASE + "/",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
        if (postgres) {
            args.add("--spring.flyway.schemas=" + schema);
        }
        app = new SpringApplication(ThroughcareApplication.class).run(args.toArray(String[]::new));
        origin = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Matcher link = Pattern.compile("one-time link: (\\S+)").matcher(output.getOut());
        assertThat(link.find()).as("the log shows the setup link").isTrue();
        setupLink = link.group(1);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select password_hash from app_user where username = 'root.admin'")
                .query(String.class).optional()).as("no default password").isEmpty();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            if (System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
                jdbc.sql("drop schema " + schema + " cascade").update();
            }
            app.close();
        }
        mail.stop();
    }

    @Test
    void theFirstAdministratorSetsAPasswordThroughTheLoggedLinkThenCreatesAUserWhoseLinkIsMailed() throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(setupLink).startsWith(BASE + "/account/setup/");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String path = setupLink.substring(BASE.length());
        String page = browser.send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> set = browser.send(form(origin + path, csrf(page), "password", PASSWORD, "repeat", PASSWORD),
                HttpResponse.BodyHandlers.ofString());
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location")).hasValue(BASE + "/login?passwordSet");

        // Nothing happens on a later start once an administrator can sign in: no account, no new link.
        long links = jdbc.sql("select count(*) from password_link").query(Long.class).single();
        app.getBean(AdministratorBootstrap.class).run(null);
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from password_link").query(Long.class).single()).isEqualTo(links);

        String organisation = UUID.randomUUID().toString();
        jdbc.sql("insert into organisation (id, version, name, agency_type) values (:id, 0, 'Frivården Test', 'PROBATION')")
                .param("id", UUID.fromString(organisation)).update();
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/users"))
                .header("Authorization", basic("root.admin", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username": "karin.mailed", "displayName": "Karin Mailed", "email": "karin@example.org",
                         "role": "COORDINATOR", "organisationId": "%s"}""".formatted(organisation))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"mailed\":true").doesNotContain("/account/setup/");
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains(BASE + "/account/setup/").doesNotContain("Karin").doesNotContain("karin.mailed")
                .doesNotContain("COORDINATOR").doesNotContain("Frivården");
    }

    @Test
    void aForgedHostHeaderDoesNotReachARedirectAndTheSwaggerUiIsOff() throws Exception {
        String location = rawGet("/clients", "evil.example");
        assertThat(location).isEqualTo(BASE + "/login");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(client.send(HttpRequest.newBuilder(URI.create(origin + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location")).hasValue(BASE + "/login");
        // Signed in, the document is there and the UI is not.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        app.getBean(JdbcClient.class).sql("update app_user set password_hash = :hash where username = 'root.admin'")
                .param("hash", app.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                        .encode(PASSWORD)).update();
        String login = browser.send(HttpRequest.newBuilder(URI.create(origin + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(browser.send(form(origin + "/login", csrf(login), "username", "root.admin", "password", PASSWORD),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location")).hasValue(BASE + "/");
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(origin + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(origin + "/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    /** A request with a Host header of the caller's choosing, as any client can send; returns the Location. */
    private String rawGet(String path, String host) throws Exception {
        URI uri = URI.create(origin);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    return line.substring(9).strip();
                }
            }
        }
        return null;
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpRequest form(String url, String csrf, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
