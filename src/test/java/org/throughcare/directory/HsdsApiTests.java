package org.throughcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public HSDS API checked against facts of the HSDS 3.1 schemas (required fields, types, uuid formats,
 * enumerations) copied from the Open Referral specification into {@code hsds/hsds-3.1-facts.json}; the
 * checking is our own code, so a field we drop or mistype fails here.
 */
@IntegrationTest
class HsdsApiTests {

    private static final Pattern UUID_FORMAT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void everyServiceOnEveryPageMeetsTheServiceSchemaWithoutSigningIn() throws Exception {
        JsonNode facts = facts();
        JsonNode first = read("/hsds/services?per_page=5");
        assertPage(first, 1);
        long total = first.get("total_items").asLong();
        assertThat(total).isEqualTo(jdbc.sql("select count(*) from service").query(Long.class).single());
        int pages = first.get("total_pages").asInt();
        assertThat(pages).isGreaterThan(1);
        int seen = 0;
        for (int page = 1; page <= pages; page++) {
            JsonNode body = read("/hsds/services?per_page=5&page=" + page);
            assertPage(body, page);
            for (JsonNode service : body.get("contents")) {
                List<String> problems = new ArrayList<>();
                check(facts, "service", service, "service", problems);
                service.get("capacities").forEach(c -> {
                    check(facts, "service_capacity", c, "capacity", problems);
                    check(facts, "unit", c.get("unit"), "capacity.unit", problems);
                });
                service.get("attributes").forEach(a -> {
                    check(facts, "attribute", a, "attribute", problems);
                    check(facts, "taxonomy_term", a.get("taxonomy_term"), "attribute.taxonomy_term", problems);
                });
                assertThat(problems).as(service.get("name").asText()).isEmpty();
                seen++;
            }
        }
        assertThat(seen).isEqualTo(total);
    }

    @Test
    void oneServiceCarriesItsOrganisationWhichMeetsTheOrganizationSchema() throws Exception {
        UUID id = jdbc.sql("select id from service where accredited order by name limit 1").query(UUID.class).single();
        JsonNode service = read("/hsds/services/" + id);
        List<String> problems = new ArrayList<>();
        check(facts(), "service", service, "service", problems);
        check(facts(), "organization", service.get("organization"), "organization", problems);
        assertThat(problems).isEmpty();
        assertThat(service.get("accreditations").asText()).isNotBlank();
        assertThat(service.get("attributes").findValuesAsString("code")).isNotEmpty();
    }

    @Test
    void everyOrganisationMeetsTheOrganizationSchemaAndNamesNoPerson() throws Exception {
        JsonNode first = read("/hsds/organizations?per_page=100");
        assertPage(first, 1);
        List<String> problems = new ArrayList<>();
        first.get("contents").forEach(o -> check(facts(), "organization", o, "organization", problems));
        assertThat(problems).isEmpty();
        assertThat(first.get("total_items").asLong())
                .isEqualTo(jdbc.sql("select count(*) from organisation").query(Long.class).single());
        String all = first.toString() + read("/hsds/services?per_page=100");
        List<String> people = jdbc.sql("select full_name from contact union select phone from contact"
                + " union select email from contact union select display_name from app_user").query(String.class).list().stream().filter(java.util.Objects::nonNull).toList();
        assertThat(people).isNotEmpty().allSatisfy(value -> assertThat(all).doesNotContain(value));
    }

    @Test
    void filtersCombineWithAnd() throws Exception {
        String umea = "2480";
        JsonNode substanceInUmea = read("/hsds/services?per_page=100&taxonomy_term_id=SUBSTANCE_USE&municipality=" + umea);
        long expected = jdbc.sql("""
                select count(*) from service s where exists (select 1 from service_need_area a where a.service_id = s.id
                and a.need_area = 'SUBSTANCE_USE') and exists (select 1 from service_municipality m
                where m.service_id = s.id and m.municipality_code = :m)""").param("m", umea).query(Long.class).single();
        assertThat(expected).isGreaterThan(1);
        assertThat(substanceInUmea.get("total_items").asLong()).isEqualTo(expected);
        JsonNode accreditedWithPlaces = read("/hsds/services?per_page=100&taxonomy_term_id=SUBSTANCE_USE&municipality="
                + umea + "&accredited=true&capacity_available=true");
        assertThat(accreditedWithPlaces.get("total_items").asLong()).isBetween(1L, expected - 1);
        accreditedWithPlaces.get("contents").forEach(s -> {
            assertThat(s.get("accreditations").asText()).isNotBlank();
            assertThat(s.get("capacities").get(0).get("available").asInt()).isPositive();
            assertThat(s.get("service_areas").findValuesAsString("name")).contains("Umeå");
        });
        // A taxonomy term id names the same area as its code.
        String termId = substanceInUmea.get("contents").get(0).get("attributes").findValues("taxonomy_term").stream()
                .filter(t -> t.get("code").asText().equals("SUBSTANCE_USE")).findFirst().orElseThrow().get("id").asText();
        assertThat(read("/hsds/services?per_page=100&municipality=" + umea + "&taxonomy_term_id=" + termId)
                .get("total_items").asLong()).isEqualTo(expected);
        JsonNode closed = JSON.readTree(mvc.perform(get("/hsds/services").param("status", "temporarily closed"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(closed.get("total_items").asLong()).isPositive();
        closed.get("contents").forEach(s -> assertThat(s.get("status").asText()).isEqualTo("temporarily closed"));
    }

    @Test
    void anEmptyPageSaysSo() throws Exception {
        JsonNode body = read("/hsds/services?page=999");
        assertThat(body.get("empty").asBoolean()).isTrue();
        assertThat(body.get("contents").size()).isZero();
        assertThat(body.get("page_number").asInt()).isEqualTo(999);
    }

    @Test
    void badFiltersAreProblemsAndWritingIsRefused() throws Exception {
        mvc.perform(get("/hsds/services").param("taxonomy_term_id", "NOT_AN_AREA")).andExpect(status().isBadRequest());
        mvc.perform(get("/hsds/services").param("status", "open")).andExpect(status().isBadRequest());
        mvc.perform(get("/hsds/services").param("organization_id", "nope")).andExpect(status().isBadRequest());
        mvc.perform(get("/hsds/services/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/hsds/services/x")).andExpect(status().isBadRequest());
        mvc.perform(post("/hsds/services").contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/hsds/services").with(httpBasic("admin", "demo")).contentType("application/json")
                .content("{}")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void rootNamesTheVersionAndTheOpenApiDocumentDescribesTheApi() throws Exception {
        assertThat(read("/hsds/").get("version").asText()).isEqualTo("3.1");
        String openApi = mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("\"/hsds/services\"", "\"/hsds/services/{id}\"", "\"/hsds/organizations\"",
                "\"/api/v1/services\"");
    }

    private JsonNode read(String path) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }

    private static void assertPage(JsonNode page, int number) {
        assertThat(page.get("total_items").isNumber()).isTrue();
        assertThat(page.get("total_pages").isNumber()).isTrue();
        assertThat(page.get("page_number").asInt()).isEqualTo(number);
        assertThat(page.get("size").isNumber()).isTrue();
        assertThat(page.get("first_page").asBoolean()).isEqualTo(number == 1);
        assertThat(page.get("last_page").asBoolean()).isEqualTo(number >= page.get("total_pages").asInt());
        assertThat(page.get("empty").isBoolean()).isTrue();
        assertThat(page.get("contents").isArray()).isTrue();
    }

    /** Required fields present and not null, each served field of its schema type, uuids and enumerations kept. */
    private static void check(JsonNode facts, String schema, JsonNode object, String where, List<String> problems) {
        JsonNode rules = facts.get(schema);
        if (object == null || !object.isObject()) {
            problems.add(where + " is not an object");
            return;
        }
        rules.get("required").forEach(r -> {
            if (!object.hasNonNull(r.asText())) {
                problems.add(where + "." + r.asText() + " is required");
            }
        });
        Set<String> served = new java.util.HashSet<>();
        rules.get("types").properties().forEach(e -> served.add(e.getKey()));
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!served.contains(field.getKey())) {
                problems.add(where + "." + field.getKey() + " is not a property the facts list");
                continue;
            }
            String type = rules.get("types").get(field.getKey()).asText();
            JsonNode value = field.getValue();
            boolean ok = value.isNull() || switch (type) {
                case "string" -> value.isString();
                case "number" -> value.isNumber();
                case "array" -> value.isArray();
                case "object" -> value.isObject();
                default -> false;
            };
            if (!ok) {
                problems.add(where + "." + field.getKey() + " is not a " + type);
            }
        }
        rules.get("uuid").forEach(f -> {
            JsonNode value = object.get(f.asText());
            if (value != null && !value.isNull() && !UUID_FORMAT.matcher(value.asText()).matches()) {
                problems.add(where + "." + f.asText() + " is not a uuid");
            }
        });
        rules.get("enum").properties().forEach(e -> {
            JsonNode value = object.get(e.getKey());
            List<String> allowed = new ArrayList<>();
            e.getValue().forEach(v -> allowed.add(v.asText()));
            if (value != null && !value.isNull() && !allowed.contains(value.asText())) {
                problems.add(where + "." + e.getKey() + " '" + value.asText() + "' is not one of " + allowed);
            }
        });
    }

    private static JsonNode facts() {
        try (InputStream in = HsdsApiTests.class.getResourceAsStream("/hsds/hsds-3.1-facts.json")) {
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
