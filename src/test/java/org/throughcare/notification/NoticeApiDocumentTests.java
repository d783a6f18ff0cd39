package org.throughcare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

/**
 * The OpenAPI document describes what a partner's system needs to follow custody events: the inbox (list, mark
 * read, acknowledge) and the custody-events endpoint, each operation with its answers, the refusals as RFC 9457
 * problems ({@code application/problem+json}).
 */
@IntegrationTest
class NoticeApiDocumentTests {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    /** Path, method, and the statuses the operation answers with a problem. */
    private static final Map<String, String[]> PROBLEMS = Map.of(
            "/api/v1/notifications get", new String[] {"400"},
            "/api/v1/notifications/{noticeId}/read post", new String[] {"404"},
            "/api/v1/notifications/{noticeId}/acknowledgement post", new String[] {"400", "404"},
            "/api/v1/custody-events post", new String[] {"400", "403", "409"},
            "/api/v1/clients/{id}/custody-events get", new String[] {"400", "403"});

    @Test
    void theInboxAndTheCustodyEventsAreDocumentedWithTheirOperationsAndProblems() throws Exception {
        String json = mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("coordinator"))))
                .andReturn().getResponse().getContentAsString();
        DocumentContext api = JsonPath.parse(json);
        for (Map.Entry<String, String[]> operation : PROBLEMS.entrySet()) {
            String[] pathAndMethod = operation.getKey().split(" ");
            Map<String, Object> described = api.read("$.paths['" + pathAndMethod[0] + "']." + pathAndMethod[1]);
            assertThat(described).as(operation.getKey()).containsKeys("summary", "responses");
            Map<String, Object> responses = api.read("$.paths['" + pathAndMethod[0] + "']." + pathAndMethod[1]
                    + ".responses");
            assertThat(responses.keySet()).as("%s: a success answer", operation.getKey())
                    .anyMatch(status -> status.startsWith("2"));
            for (String status : operation.getValue()) {
                Map<String, Object> content = api.read("$.paths['" + pathAndMethod[0] + "']." + pathAndMethod[1]
                        + ".responses['" + status + "'].content");
                assertThat(content).as("%s answers %s as a problem", operation.getKey(), status).containsKey(PROBLEM);
            }
        }
        assertThat(json).as("the problem's shape is in the document").contains("\"ProblemDetail\"");
    }
}
