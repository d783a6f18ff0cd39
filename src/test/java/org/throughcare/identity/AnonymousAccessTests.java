package org.throughcare.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.throughcare.IntegrationTest;

/**
 * Asks the running application for every endpoint it maps — pages, API, actuator, OpenAPI — and proves
 * that each refuses an anonymous caller. An endpoint added later without protection fails this test.
 */
@IntegrationTest
class AnonymousAccessTests {

    /**
     * The only addresses anyone may reach without logging in (the set-password page: the one-time token in its
     * address is the credential).
     */
    private static final Set<String> PUBLIC = Set.of("/login", "/account/setup/{token}", "/actuator/health",
            "/actuator/health/**", "/actuator/health/{*path}",
            // The HSDS API is read by service catalogues without an account; HsdsApiTests shows it names no person.
            "/hsds", "/hsds/", "/hsds/services", "/hsds/services/{id}", "/hsds/organizations",
            // A user's calendar feed, fetched by calendar programs: the secret token in its address is the
            // credential, and an unknown one gets 404 (CalendarFeedTests); the feed names no client.
            "/calendar/{token}.ics");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    record Endpoint(HttpMethod method, String pattern) {
    }

    @Test
    void everyMappedEndpointRefusesAnAnonymousRequest() throws Exception {
        List<Endpoint> endpoints = mappedEndpoints();
        assertThat(endpoints).as("the scan must see the API, pages, OpenAPI and actuator")
                .extracting(Endpoint::pattern)
                .contains("/api/v1/organisations", "/directory", "/admin/organisations/new", "/v3/api-docs",
                        "/actuator/prometheus");
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (PUBLIC.contains(endpoint.pattern())) {
                continue;
            }
            String uri = concrete(endpoint.pattern());
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), uri).with(csrf()))
                    .andReturn().getResponse();
            if (!refused(uri, response)) {
                leaks.add(endpoint.method() + " " + uri + " -> " + response.getStatus());
            }
        }
        assertThat(leaks).as("endpoints that answered an anonymous request").isEmpty();
    }

    @Test
    void healthAndLoginAreOpen() throws Exception {
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.GET, "/login")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    /** The API says 401; a page sends the browser to the login page. Neither shows any content. */
    private static boolean refused(String uri, MockHttpServletResponse response) throws Exception {
        boolean api = uri.startsWith("/api/") || uri.startsWith("/actuator");
        if (api) {
            return response.getStatus() == 401;
        }
        return response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login");
    }

    private List<Endpoint> mappedEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, RequestMappingInfoHandlerMapping> mappings =
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class);
        for (RequestMappingInfoHandlerMapping mapping : mappings.values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : effective) {
                        endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern));
                    }
                }
            }
        }
        return endpoints;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}]+)}");

    /** Fills path variables with plausible values: ids get a UUID, anything else a word. */
    private static String concrete(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern.replace("/**", "/x"));
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.toLowerCase().endsWith("id") ? "00000000-0000-0000-0000-000000000001" : "x";
            matcher.appendReplacement(uri, value);
        }
        matcher.appendTail(uri);
        return uri.toString();
    }
}
