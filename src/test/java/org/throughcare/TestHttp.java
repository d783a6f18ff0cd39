package org.throughcare;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP client against an application on a port, for tests that need real connections and real
 * concurrency: signs in through the login form, or sends HTTP Basic. Every call has a bounded timeout,
 * so a stalled server fails the test instead of hanging the build.
 */
public final class TestHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Duration timeout;

    public TestHttp(int port) {
        this(port, TIMEOUT);
    }

    /** For requests known to be slow on a full test database (follow-up figures): still bounded. */
    public TestHttp(int port, Duration timeout) {
        this.base = "http://localhost:" + port;
        this.timeout = timeout;
    }

    /** Signs in through the form; returns the session cookie to send with later requests. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        String session = sessionOf(form);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        String body = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + answer.statusCode());
        }
        return sessionOf(answer);
    }

    public HttpResponse<String> getWithSession(String path, String session) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "SESSION=" + session).GET());
    }

    /** The CSRF token of a signed-in session, as its pages give it to their scripts (an API write sends it back). */
    public String csrfToken(String session) throws IOException, InterruptedException {
        Matcher token = CSRF_META.matcher(getWithSession("/", session).body());
        if (!token.find()) {
            throw new IllegalStateException("The start page has no CSRF token");
        }
        return token.group(1);
    }

    /** An API write on a signed-in session, as a page's script sends it: no password hashed per request. */
    public HttpResponse<String> sendJsonWithSession(String method, String path, String json, String session,
                                                    String csrfToken) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", "SESSION=" + session)
                .header("X-CSRF-TOKEN", csrfToken).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> getWithBasic(String path, String username, String password)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username, password))
                .GET());
    }

    public HttpResponse<String> sendJsonWithBasic(String method, String path, String json, String username,
                                                  String password) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username, password))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No session cookie"));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
