package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.throughcare.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulkhead with one permit and no wait: while one request holds the permit, the next gets a fast 503
 * with Retry-After — a problem document for the API, a translated page otherwise — and static assets and
 * the health probe pass. Once the permit is back, requests pass again.
 */
@IntegrationTest
class DatabaseBulkheadTests {

    @Autowired
    MessageSource messages;
    @Autowired
    LocaleResolver localeResolver;
    @Autowired
    JsonMapper json;

    @Test
    void aRequestPastTheBoundGetsAFast503AndStaticAssetsStillPass() throws Exception {
        DatabaseBulkhead bulkhead = new DatabaseBulkhead(1, Duration.ZERO, messages, localeResolver, json);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<MockHttpServletResponse> holder = threads.submit(() -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                bulkhead.doFilter(request("/clients"), response, (req, res) -> {
                    inside.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return response;
            });
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse api = filter(bulkhead, request("/api/v1/clients"));
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo("1");
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getContentAsString()).contains("\"status\":503").contains("busy");

            MockHttpServletRequest swedishPage = request("/clients/x");
            swedishPage.setCookies(new Cookie("throughcare-lang", "sv"));
            MockHttpServletResponse page = filter(bulkhead, swedishPage);
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("1");
            assertThat(page.getContentType()).startsWith("text/html");
            assertThat(page.getContentAsString()).contains("upptaget");

            assertThat(filter(bulkhead, request("/css/app.css")).getStatus()).isEqualTo(200);
            assertThat(filter(bulkhead, request("/actuator/health")).getStatus()).isEqualTo(200);

            release.countDown();
            assertThat(holder.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        } finally {
            threads.shutdownNow();
        }
        assertThat(filter(bulkhead, request("/api/v1/clients")).getStatus()).as("the permit is back").isEqualTo(200);
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private static MockHttpServletResponse filter(DatabaseBulkhead bulkhead, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        bulkhead.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
