package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.TestHttp;

/**
 * A page that exists, asked for with a value in its query that cannot be read ({@code ?page=abc}), says that
 * the address cannot be read, in the reader's language; it is not "page not found", which would be the wrong
 * reason. A malformed id in the path still names no record. Through a real server, so the error page renders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "throughcare.bulkhead.max-wait=60s")
class UnreadableAddressTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anUnreadableQueryValueIsABadAddressAndAMalformedIdAnUnknownPage() throws Exception {
        String session = new TestHttp(port).signIn("coordinator", "demo");
        UUID someClient = jdbc.sql("""
                        select c.id from client c join app_user u on u.id = c.coordinator_id
                        where u.username = 'coordinator' order by c.id limit 1""").query(UUID.class).single();
        for (String path : new String[] {"/clients/" + someClient + "/access-log?page=abc", "/clients?page=x1"}) {
            HttpResponse<String> page = get(path, session, "sv");
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).contains("Adressen kan inte läsas").doesNotContain("Sidan finns inte");
        }
        HttpResponse<String> norwegian = get("/clients/" + someClient + "/access-log?page=abc", session, "nb");
        assertThat(norwegian.body()).contains("Adressen kan ikke leses");

        HttpResponse<String> malformedId = get("/clients/not-a-uuid/access-log", session, "sv");
        assertThat(malformedId.statusCode()).isEqualTo(404);
        assertThat(malformedId.body()).contains("Sidan finns inte");
    }

    private HttpResponse<String> get(String path, String session, String language) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + session).header("Accept-Language", language)
                .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
