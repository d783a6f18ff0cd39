package org.throughcare.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.throughcare.IntegrationTest;

@IntegrationTest
class DirectoryApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void searchesByNameTypeAndMunicipalityWithPaging() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("q", "arbetsförmedlingen").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[*].agencyType", everyItem(is("EMPLOYMENT_SERVICE"))));
        mvc.perform(get("/api/v1/organisations").param("type", "PRISON").with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items[*].name", hasItem("Anstalten Umeå")));
        mvc.perform(get("/api/v1/organisations").param("municipality", "2480").param("type", "HOUSING")
                        .with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("Bostadsenheten Umeå"));
        mvc.perform(get("/api/v1/organisations").param("size", "5").param("page", "1").param("sort", "name")
                        .with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.number").value(1));
    }

    @Test
    void searchFindsAnOrganisationByItsContactsName() throws Exception {
        String contactName = jdbc.sql("select full_name from contact order by full_name limit 1").query(String.class).single();
        mvc.perform(get("/api/v1/organisations").param("q", contactName).with(httpBasic("prison", "demo")))
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void sortsByNameBothWays() throws Exception {
        String ascending = firstName("asc");
        String descending = firstName("desc");
        org.assertj.core.api.Assertions.assertThat(ascending.compareToIgnoreCase(descending)).isLessThan(0);
    }

    private String firstName(String dir) throws Exception {
        String body = mvc.perform(get("/api/v1/organisations").param("sort", "name").param("dir", dir)
                .with(httpBasic("partner", "demo"))).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[0].name");
    }

    @Test
    void administratorCreatesAndChangesAnOrganisationAndBothAreAudited() throws Exception {
        String body = admin(post("/api/v1/organisations"), """
                {"name": "Stadsmissionen Umeå", "agencyType": "CIVIL_SOCIETY", "municipalityCodes": ["2480"],
                 "email": "info@stadsmissionen.example.se"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Stadsmissionen Umeå"))
                .andExpect(jsonPath("$.municipalities[0].name").value("Umeå"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        int version = JsonPath.read(body, "$.version");
        admin(put("/api/v1/organisations/" + id), """
                {"name": "Stadsmissionen i Umeå", "agencyType": "CIVIL_SOCIETY", "municipalityCodes": ["2480"],
                 "version": %d}""".formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Stadsmissionen i Umeå"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select action from audit_entry where subject_type = 'organisation' and subject_id = :id
                        and actor_username = 'admin' order by id""").param("id", id).query(String.class).list())
                .containsExactly("ORGANISATION_CREATED", "ORGANISATION_CHANGED");
    }

    @Test
    void anEditFromAnOldVersionIsRefusedAsAConflict() throws Exception {
        String body = admin(post("/api/v1/organisations"), """
                {"name": "Kyrkans stödgrupp", "agencyType": "CIVIL_SOCIETY", "municipalityCodes": ["0581"]}""")
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        int version = JsonPath.read(body, "$.version");
        String change = """
                {"name": "Kyrkans stödgrupp %s", "agencyType": "CIVIL_SOCIETY", "municipalityCodes": ["0581"], "version": %d}""";
        admin(put("/api/v1/organisations/" + id), change.formatted("A", version)).andExpect(status().isOk());
        admin(put("/api/v1/organisations/" + id), change.formatted("B", version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Someone else changed")));
    }

    @Test
    void aDuplicateInTheSameMunicipalityIsRefusedAtTheNameField() throws Exception {
        long before = count();
        admin(post("/api/v1/organisations"), """
                {"name": "socialtjänsten umeå", "agencyType": "SOCIAL_SERVICES", "municipalityCodes": ["2480"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("already")));
        // The same name and type in another municipality is a different office, and allowed.
        admin(post("/api/v1/organisations"), """
                {"name": "Socialtjänsten Umeå", "agencyType": "SOCIAL_SERVICES", "municipalityCodes": ["0581"]}""")
                .andExpect(status().isCreated());
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void invalidFieldsAreNamedAndTranslatedAndNothingIsSaved() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/organisations").with(httpBasic("admin", "demo")).header("Accept-Language", "sv")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "%s", "agencyType": null, "email": "not-an-address", "website": "ftp://x"}"""
                                .formatted("x".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("En del av det du skickade är inte giltigt."))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "agencyType", "email", "website")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Använd högst 200 tecken."));
        org.assertj.core.api.Assertions.assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        admin(post("/api/v1/organisations"), "{\"name\": \"Broken\", ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("could not be read")));
        admin(post("/api/v1/organisations"), "[]").andExpect(status().isBadRequest());
        admin(post("/api/v1/organisations"), "").andExpect(status().isBadRequest());
    }

    @Test
    void wrongTypesAreABadRequestNamingTheField() throws Exception {
        admin(post("/api/v1/organisations"), """
                {"name": "Typed", "agencyType": "SPACESHIP", "municipalityCodes": ["2480"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyType"));
        admin(post("/api/v1/organisations"), """
                {"name": "Typed", "agencyType": "HOUSING", "municipalityCodes": "2480", "version": "one"}""")
                .andExpect(status().isBadRequest());
        admin(post("/api/v1/organisations"), """
                {"name": {"nested": true}, "agencyType": "HOUSING"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/v1/organisations/not-a-uuid").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/organisations").param("page", "many").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownMunicipalityIsRefused() throws Exception {
        admin(post("/api/v1/organisations"), """
                {"name": "Nowhere Housing", "agencyType": "HOUSING", "municipalityCodes": ["9999"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipalityCodes"));
    }

    @Test
    void onlyAdministratorsChangeTheDirectory() throws Exception {
        for (String user : new String[] {"coordinator", "partner", "prison", "manager", "analyst"}) {
            mvc.perform(post("/api/v1/organisations").with(httpBasic(user, "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\": \"Sneaky\", \"agencyType\": \"OTHER\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Your role does not allow this."));
        }
    }

    @Test
    void unknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/organisations/00000000-0000-0000-0000-000000000009").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void contactsAreAddedToAnOrganisationAndValidated() throws Exception {
        String organisationId = jdbc.sql("select cast(id as varchar) from organisation where name = 'Kronofogden Umeå'")
                .query(String.class).single();
        String body = admin(post("/api/v1/organisations/" + organisationId + "/contacts"), """
                {"fullName": "Ingrid Ek", "roleTitle": "Skuldrådgivare", "phone": "090-12 34 56",
                 "email": "ingrid.ek@example.se"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationName").value("Kronofogden Umeå"))
                .andReturn().getResponse().getContentAsString();
        String contactId = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/contacts/" + contactId).with(httpBasic("partner", "demo")))
                .andExpect(jsonPath("$.fullName").value("Ingrid Ek"));
        admin(post("/api/v1/organisations/" + organisationId + "/contacts"), """
                {"fullName": " ", "phone": "call me", "email": "nope"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "fullName", "phone", "email")));
        String otherUnit = jdbc.sql("select cast(u.id as varchar) from unit u join organisation o on o.id = u.organisation_id"
                + " where o.name = 'Polisen Umeå'").query(String.class).single();
        admin(post("/api/v1/organisations/" + organisationId + "/contacts"), """
                {"fullName": "Wrong Unit", "unitId": "%s"}""".formatted(otherUnit))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"));
    }

    private ResultActions admin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                String json) throws Exception {
        return mvc.perform(request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long count() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }
}
