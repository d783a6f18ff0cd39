package org.throughcare.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook endpoint administration through the API and the pages: the administrator makes, changes, switches off
 * and rotates; the secret is shown once; every other role is refused, bad input is a problem at its field, a stale
 * edit is 409, and every change is audited.
 */
@IntegrationTest
class WebhookAdministrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> NOT_ADMINISTRATORS = List.of("coordinator", "partner", "employment", "prison",
            "manager", "analyst");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebhookAdministration webhooks;
    @Autowired
    UserDetailsService accounts;

    WebhookTestSupport support;
    List<UUID> made = new ArrayList<>();

    @BeforeEach
    void setUp() {
        support = new WebhookTestSupport(jdbc, webhooks);
    }

    @AfterEach
    void tearDown() {
        made.forEach(id -> jdbc.sql("update webhook_endpoint set enabled = false where id = :id").param("id", id)
                .update());
    }

    private String body(UUID organisation, String url, String types) {
        return """
                {"organisationId": "%s", "url": "%s", "description": "case system", "eventTypes": %s}"""
                .formatted(organisation, url, types);
    }

    private JsonNode create(String url) throws Exception {
        String answer = mvc.perform(post("/api/v1/webhook-endpoints").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(support.organisationOf("partner"), url, "[\"CLIENT_TRANSFERRED\"]")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode created = JSON.readTree(answer);
        made.add(UUID.fromString(created.get("endpointId").asString()));
        return created;
    }

    @Test
    void theAdministratorMakesAnEndpointAndSeesItsSecretOnceAndEveryChangeIsAudited() throws Exception {
        JsonNode created = create("http://127.0.0.1:18310/hook");
        String secret = created.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        String id = created.get("endpointId").asString();

        String list = mvc.perform(get("/api/v1/webhook-endpoints").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id)))
                .andReturn().getResponse().getContentAsString();
        String one = mvc.perform(get("/api/v1/webhook-endpoints/" + id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eventTypes[0]").value("CLIENT_TRANSFERRED"))
                .andExpect(jsonPath("$.organisationName").value("Socialtjänsten Umeå"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list + one).as("the secret is never shown again").doesNotContain(secret.substring(6));

        mvc.perform(post("/api/v1/webhook-endpoints/" + id + "/secrets").with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret", startsWith("whsec_")));
        mvc.perform(post("/api/v1/webhook-endpoints/" + id + "/disable").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"receiver moves\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/webhook-endpoints/" + id).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.enabled").value(false)).andExpect(jsonPath("$.disabledBy").value("ADMINISTRATOR"))
                .andExpect(jsonPath("$.disabledReason").value("receiver moves"));
        mvc.perform(post("/api/v1/webhook-endpoints/" + id + "/enable").with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/webhook-endpoints/" + id + "/test-event").with(httpBasic("admin", "demo")))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.deliveryId", startsWith("msg_")));
        mvc.perform(get("/api/v1/webhook-endpoints/" + id + "/deliveries").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].eventType").value("TEST"));

        assertThat(jdbc.sql("""
                        select action from audit_entry where subject_type = 'webhook' and subject_id = :id
                        order by id""").param("id", id).query(String.class).list())
                .containsExactly("WEBHOOK_ENDPOINT_CREATED", "WEBHOOK_SECRET_ADDED", "WEBHOOK_ENDPOINT_DISABLED",
                        "WEBHOOK_ENDPOINT_ENABLED", "WEBHOOK_TEST_SENT");
    }

    @Test
    void everyOtherRoleIsRefusedEveryOperationAndAStrangerMustSignIn() throws Exception {
        String id = create("http://127.0.0.1:18311/hook").get("endpointId").asString();
        String path = "/api/v1/webhook-endpoints";
        String json = body(support.organisationOf("partner"), "http://127.0.0.1:18311/x", "[]");
        for (String user : NOT_ADMINISTRATORS) {
            List<MockHttpServletRequestBuilder> requests = List.of(get(path), get(path + "/" + id),
                    get(path + "/" + id + "/deliveries"),
                    post(path).contentType(MediaType.APPLICATION_JSON).content(json),
                    put(path + "/" + id).contentType(MediaType.APPLICATION_JSON).content(json),
                    post(path + "/" + id + "/disable").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"),
                    post(path + "/" + id + "/enable"), post(path + "/" + id + "/secrets"),
                    post(path + "/" + id + "/test-event"), delete(path + "/" + id + "/secrets/" + UUID.randomUUID()));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/admin/webhooks").with(signedIn(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/webhooks/" + id).with(signedIn(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        assertThat(webhooks.endpoint(UUID.fromString(id), support.admin()).enabled()).as("nothing changed").isTrue();
        assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :id")
                .param("id", UUID.fromString(id)).query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsAProblemAtItsFieldAndAStaleEditIs409AndNothingIsHalfSaved() throws Exception {
        long before = jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single();
        UUID partner = support.organisationOf("partner");
        expectProblem(post("/api/v1/webhook-endpoints"), body(partner, "ftp://8.8.8.8/hook", "[]"), "url");
        expectProblem(post("/api/v1/webhook-endpoints"), body(partner, "", "[]"), "url");
        expectProblem(post("/api/v1/webhook-endpoints"), body(UUID.randomUUID(), "http://127.0.0.1/hook", "[]"),
                "organisationId");
        expectProblem(post("/api/v1/webhook-endpoints"), body(partner, "http://127.0.0.1/hook", "[\"NOPE\"]"),
                "eventTypes");
        assertThat(jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single()).isEqualTo(before);

        String id = create("http://127.0.0.1:18312/hook").get("endpointId").asString();
        long version = JSON.readTree(mvc.perform(get("/api/v1/webhook-endpoints/" + id).with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString()).get("version").asLong();
        mvc.perform(put("/api/v1/webhook-endpoints/" + id).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(versioned(partner, "http://127.0.0.1:18312/a", version)))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/webhook-endpoints/" + id).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(versioned(partner, "http://127.0.0.1:18312/b", version)))
                .andExpect(status().isConflict());
        expectProblem(post("/api/v1/webhook-endpoints/" + id + "/disable"), "{\"reason\": \"  \"}", "reason");
        assertThat(webhooks.endpoint(UUID.fromString(id), support.admin()).url()).isEqualTo("http://127.0.0.1:18312/a");

        // The page form shows the refusal at its field, in the reader's language.
        String page = mvc.perform(post("/admin/webhooks").with(signedIn("admin")).with(csrf())
                        .header("Accept-Language", "sv").param("organisationId", partner.toString())
                        .param("url", "gopher://8.8.8.8/").param("eventTypes", "CLIENT_TRANSFERRED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ange en fullständig adress").contains("field--error");
        assertThat(jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void thePagesListTheEndpointsAndShowTheNewSecretOnceAndTheDeliveryLog() throws Exception {
        String id = create("http://127.0.0.1:18313/hook").get("endpointId").asString();
        webhooks.sendTest(UUID.fromString(id), support.admin());
        assertThat(mvc.perform(get("/admin/webhooks").with(signedIn("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("http://127.0.0.1:18313/hook");
        String detail = mvc.perform(get("/admin/webhooks/" + id).with(signedIn("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Test event", "Send test event", "Delivery log").doesNotContain("whsec_");
        var created = mvc.perform(post("/admin/webhooks/" + id + "/secrets").with(signedIn("admin"))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String secret = (String) created.getFlashMap().get("newSecret");
        assertThat(secret).as("handed to the page the change leads to, once").startsWith("whsec_");
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/webhooks/" + id);
        assertThat(mvc.perform(get("/admin/webhooks/" + id).with(signedIn("admin"))).andReturn().getResponse()
                .getContentAsString()).as("and not again").doesNotContain(secret);
    }

    @Test
    void theDemoHasAnExampleEndpointForTheSocialServicesSwitchedOffSoItSendsNothing() {
        List<WebhookEndpointView> demo = webhooks.endpoints(support.admin()).stream()
                .filter(e -> e.url().equals(DemoWebhookEndpoint.URL)).toList();
        assertThat(demo).singleElement().satisfies(e -> {
            assertThat(e.organisationName()).isEqualTo("Socialtjänsten Umeå");
            assertThat(e.enabled()).isFalse();
            assertThat(e.disabledReason()).isEqualTo(DemoWebhookEndpoint.REASON);
            assertThat(e.activeSecrets()).isEqualTo(1);
        });
        assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :e")
                .param("e", demo.get(0).id()).query(Long.class).single()).isZero();
    }

    @Test
    void manySimultaneousChangesAndReadsAllSucceedAndAreAuditedOnceEach() throws Exception {
        String id = create("http://127.0.0.1:18314/hook").get("endpointId").asString();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(() -> mvc.perform(post("/api/v1/webhook-endpoints/" + id + "/test-event")
                    .with(httpBasic("admin", "demo"))).andReturn().getResponse().getStatus());
            calls.add(() -> mvc.perform(get("/api/v1/webhook-endpoints/" + id + "/deliveries")
                    .with(httpBasic("admin", "demo"))).andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = Together.call(calls);
        assertThat(statuses).containsOnly(202, 200);
        assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = :id")
                .param("id", UUID.fromString(id)).query(Long.class).single()).isEqualTo(24);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_type = 'webhook' and subject_id = :id
                          and action = 'WEBHOOK_TEST_SENT'""").param("id", id).query(Long.class).single()).isEqualTo(24);
    }

    /** Signed in as in a browser session: the pages take no HTTP Basic. */
    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String versioned(UUID organisation, String url, long version) {
        return """
                {"organisationId": "%s", "url": "%s", "eventTypes": [], "version": %d}"""
                .formatted(organisation, url, version);
    }

    private void expectProblem(MockHttpServletRequestBuilder request, String json, String field) throws Exception {
        mvc.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
