package org.throughcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;

/**
 * /api/v1/services: anyone signed in finds services; the administrator and the staff of the service's own
 * organisation maintain it, everyone else is refused with the reason; bad input is a problem at its field with
 * nothing saved; a stale edit is 409; simultaneous edits and reads hold, and every change is audited.
 */
@IntegrationTest
class ServiceApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOrganisationsOwnStaffCreateAndChangeItsServiceAndBothAreAudited() throws Exception {
        UUID employmentOffice = organisationOf("employment");
        String body = send("employment", post("/api/v1/services"), json(employmentOffice, "Jobbspår IT", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId").value(employmentOffice.toString()))
                .andExpect(jsonPath("$.needAreas[0]").value("EMPLOYMENT_EDUCATION_TRAINING"))
                .andExpect(jsonPath("$.municipalities[0].name").value("Umeå"))
                .andExpect(jsonPath("$.capacity.updated").isNotEmpty())
                .andExpect(jsonPath("$.waitingDays").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        send("employment", put("/api/v1/services/" + id), json(employmentOffice, "Jobbspår IT och data", 0L))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Jobbspår IT och data"))
                .andExpect(jsonPath("$.version").value(1));
        send("admin", put("/api/v1/services/" + id), json(employmentOffice, "Jobbspår data", 1L))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'service' and subject_id = :id"
                        + " order by id").param("id", id).query(String.class).list())
                .containsExactly("SERVICE_CREATED", "SERVICE_CHANGED", "SERVICE_CHANGED");
    }

    @Test
    void staffOfAnotherOrganisationAreRefusedWithTheReasonAndNothingChanges() throws Exception {
        UUID employmentOffice = organisationOf("employment");
        UUID service = serviceOf(employmentOffice);
        long before = jdbc.sql("select count(*) from service").query(Long.class).single();
        for (String other : List.of("partner", "coordinator", "prison", "manager", "analyst")) {
            send(other, post("/api/v1/services"), json(employmentOffice, "Inte vår", null))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("organisation")));
            send(other, put("/api/v1/services/" + service), json(employmentOffice, "Inte vår", version(service)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/api/v1/services").contentType(MediaType.APPLICATION_JSON)
                .content(json(employmentOffice, "Anonym", null))).andExpect(status().is4xxClientError());
    }

    @Test
    void aStaleEditIsAConflict() throws Exception {
        UUID employmentOffice = organisationOf("employment");
        UUID service = serviceOf(employmentOffice);
        long version = version(service);
        send("employment", put("/api/v1/services/" + service), json(employmentOffice, "Arbetsträning", version))
                .andExpect(status().isOk());
        send("employment", put("/api/v1/services/" + service), json(employmentOffice, "Arbetsträning igen", version))
                .andExpect(status().isConflict());
    }

    @Test
    void badInputIsAProblemAtItsFieldAndNothingIsSaved() throws Exception {
        UUID office = organisationOf("employment");
        long before = jdbc.sql("select count(*) from service").query(Long.class).single();
        String valid = json(office, "Prövning", null);
        expectProblem(valid.replace("\"needAreas\": [\"EMPLOYMENT_EDUCATION_TRAINING\"]", "\"needAreas\": []"),
                "needAreas");
        expectProblem(valid.replace("\"capacityAvailable\": 3", "\"capacityAvailable\": 30"), "capacityConsistent");
        expectProblem(valid.replace("\"capacityUnit\": \"platser\"", "\"capacityUnit\": \"\""), "capacityConsistent");
        expectProblem(valid.replace("[\"2480\"]", "[\"9999\"]"), "municipalityCodes");
        expectProblem(valid.replace("[\"sv\"]", "[\"Svenska\"]"), "languages[0]");
        expectProblem(valid.replace("\"name\": \"Prövning\"", "\"name\": \"  \""), "name");
        expectProblem(valid.replace(office.toString(), UUID.randomUUID().toString()), "organisationId");
        send("admin", post("/api/v1/services"), valid.replace("\"ACTIVE\"", "\"OPEN\""))
                .andExpect(status().isBadRequest());
        send("admin", post("/api/v1/services"), "{not json").andExpect(status().isBadRequest());
        UUID service = serviceOf(office);
        send("admin", put("/api/v1/services/" + service), json(organisationOf("partner"), "Flytt", version(service)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("organisationId")));
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(before);
        send("admin", get("/api/v1/services/" + UUID.randomUUID()), "").andExpect(status().isNotFound());
        send("admin", get("/api/v1/services").param("needArea", "NOPE"), "").andExpect(status().isBadRequest());
    }

    @Test
    void findsServicesByNeedAreaMunicipalityAccreditationAndPlacesAllAtOnce() throws Exception {
        send("coordinator", get("/api/v1/services").param("needArea", "SUBSTANCE_USE").param("municipality", "2480")
                .param("accredited", "true").param("capacityAvailable", "true"), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].accredited").value(true))
                .andExpect(jsonPath("$.items[0].organisationName").value("Anstalten Umeå"));
        long housing = jdbc.sql("select count(*) from service_need_area where need_area = 'ACCOMMODATION'")
                .query(Long.class).single();
        assertThat(housing).isGreaterThanOrEqualTo(3);
        send("partner", get("/api/v1/services").param("needArea", "ACCOMMODATION").param("sort", "organisation")
                .param("size", "2"), "")
                .andExpect(jsonPath("$.totalItems").value(housing))
                .andExpect(jsonPath("$.items[*].needAreas[*]", hasItem("ACCOMMODATION")))
                .andExpect(jsonPath("$.items.length()").value(2));
        send("prison", get("/api/v1/services").param("status", "TEMPORARILY_CLOSED"), "")
                .andExpect(jsonPath("$.items[*].status", everyItem(is("TEMPORARILY_CLOSED"))));
    }

    @Test
    void simultaneousEditsFromOneVersionLetExactlyOneWinAndSimultaneousCreatesAndReadsAllHold() throws Exception {
        UUID office = organisationOf("employment");
        UUID service = serviceOf(office);
        long version = version(service);
        long auditBefore = audits(service);
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String body = json(office, "Arbetsträning " + i, version);
            String editor = i % 2 == 0 ? "employment" : "admin";
            edits.add(() -> send(editor, put("/api/v1/services/" + service), body)
                    .andReturn().getResponse().getStatus());
        }
        List<Integer> statuses = Together.call(edits);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(audits(service)).isEqualTo(auditBefore + 1);

        long servicesBefore = jdbc.sql("select count(*) from service").query(Long.class).single();
        List<Callable<Integer>> mixed = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = json(office, "Samtidig tjänst " + i, null);
            mixed.add(() -> send("employment", post("/api/v1/services"), body).andReturn().getResponse().getStatus());
            mixed.add(() -> send("coordinator", get("/api/v1/services").param("municipality", "2480"), "")
                    .andReturn().getResponse().getStatus());
        }
        assertThat(Together.call(mixed)).containsOnly(201, 200);
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(servicesBefore + 12);
        assertThat(jdbc.sql("select count(*) from audit_entry a join service s on a.subject_id = cast(s.id as varchar)"
                + " where a.action = 'SERVICE_CREATED' and s.name like 'Samtidig tjänst %'").query(Long.class).single())
                .isEqualTo(12);
    }

    private long audits(UUID service) {
        return jdbc.sql("select count(*) from audit_entry where subject_type = 'service' and subject_id = :id")
                .param("id", service.toString()).query(Long.class).single();
    }

    private UUID organisationOf(String username) {
        return jdbc.sql("select organisation_id from app_user where username = :u").param("u", username)
                .query(UUID.class).single();
    }

    private UUID serviceOf(UUID organisation) {
        return jdbc.sql("select id from service where organisation_id = :o order by name limit 1")
                .param("o", organisation).query(UUID.class).single();
    }

    private long version(UUID service) {
        return jdbc.sql("select version from service where id = :id").param("id", service).query(Long.class).single();
    }

    private ResultActions send(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(httpBasic(username, "demo"));
        if (!body.isEmpty()) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private void expectProblem(String body, String field) throws Exception {
        send("admin", post("/api/v1/services"), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private static String json(UUID organisation, String name, Long version) {
        return """
                {"organisationId": "%s", "name": "%s", "status": "ACTIVE", "description": "Arbetsträning",
                 "needAreas": ["EMPLOYMENT_EDUCATION_TRAINING"], "municipalityCodes": ["2480"], "languages": ["sv"],
                 "howToRefer": "Anvisning", "requiredDocuments": "ID-handling", "accredited": false,
                 "capacityAvailable": 3, "capacityMaximum": 10, "capacityUnit": "platser", "version": %s}"""
                .formatted(organisation, name, version == null ? "null" : version.toString());
    }
}
