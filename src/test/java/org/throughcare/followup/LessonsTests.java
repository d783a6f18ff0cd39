package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;

/**
 * The lessons log: written by the office's staff, read by them and by partner workers of the municipality the office
 * serves, refused to everyone else (and the refusal audited); append-only with corrections; search, tags, kinds,
 * order and pages; every rule of an entry at its field.
 */
@IntegrationTest
class LessonsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID umea;
    String tag;

    @BeforeEach
    void office() {
        umea = TestActors.actor(jdbc, "manager").unitId().value();
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r)
            throws Exception {
        return mvc.perform(r.with(httpBasic(user, "demo")));
    }

    private String log() {
        return "/api/v1/followup/offices/" + umea + "/lessons";
    }

    static String entry(String kind, LocalDate on, String title, String responsible, LocalDate from, String tags,
                        String corrects) {
        return """
                {"kind": "%s", "entryOn": "%s", "meetingOn": "%s", "title": "%s",
                 "body": "Agreed at the monthly meeting with the social services and the employment service.",
                 "responsible": %s, "responsibleFrom": %s, "tags": "%s", "correctsId": %s}"""
                .formatted(kind, on, on.minusDays(1), title, responsible == null ? "null" : "\"" + responsible + "\"",
                        from == null ? "null" : "\"" + from + "\"", tags, corrects == null ? "null" : "\"" + corrects + "\"");
    }

    private String write(String user, String json) throws Exception {
        String body = writeAs(user, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions writeAs(String user, String json) throws Exception {
        return mvc.perform(post(log()).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void staffWriteStaffAndPartnersOfTheMunicipalityReadOthersAreRefusedAndAudited() throws Exception {
        LocalDate today = LocalDate.now();
        String id = write("coordinator", entry("RESPONSIBILITY", today, "Housing first night", "Socialtjänsten Umeå",
                today, "housing, " + tag, null));
        for (String reader : new String[] {"coordinator", "manager", "partner"}) {
            as(reader, get(log() + "?tag=" + tag)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.entries.items[0].id").value(id))
                    .andExpect(jsonPath("$.entries.items[0].responsible").value("Socialtjänsten Umeå"))
                    .andExpect(jsonPath("$.entries.items[0].tags", contains("housing", tag)))
                    .andExpect(jsonPath("$.entries.items[0].writtenBy").value("Karin Lindqvist"))
                    .andExpect(jsonPath("$.mayWrite").value(!reader.equals("partner")));
        }
        as("partner", get("/api/v1/followup/lessons/offices")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(umea.toString())));
        for (String outsider : new String[] {"coordinator.goteborg", "prison", "analyst", "admin"}) {
            as(outsider, get(log())).andExpect(status().isForbidden());
        }
        for (String notStaff : new String[] {"partner", "coordinator.goteborg", "analyst"}) {
            writeAs(notStaff, entry("LESSON", today, "Not mine to write", null, null, tag, null))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from lesson_entry where office_id = :o and tags like :t")
                .param("o", umea).param("t", "%," + tag + ",%").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_type = 'lessons' and subject_id = :o
                          and outcome = 'DENIED' and actor_username = 'coordinator.goteborg'""")
                .param("o", umea.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where subject_type = 'lessons' and subject_id = :o
                          and outcome = 'ALLOWED' and actor_username = 'partner'""")
                .param("o", umea.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void everyRuleOfAnEntryIsAnsweredAtItsFieldAndNothingIsSaved() throws Exception {
        LocalDate today = LocalDate.now();
        writeAs("coordinator", entry("RESPONSIBILITY", today, "Who meets at the gate", null, null, tag, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("responsible",
                        "responsibleFrom")));
        writeAs("coordinator", entry("LESSON", today.plusDays(1), "Tomorrow", null, null, tag, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("entryOn"));
        writeAs("coordinator", entry("LESSON", today, "Unknown", null, null, tag, UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("correctsId"));
        writeAs("coordinator", entry("LESSON", today, "Tags", null, null, "a,b,c,d,e,f,g,h,i,j,k", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tags"));
        writeAs("coordinator", entry("LESSON", today, "Meeting", null, null, tag, null)
                        .replace("\"meetingOn\": \"" + today.minusDays(1), "\"meetingOn\": \"" + today.plusDays(3)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("meetingOn"));
        writeAs("coordinator", entry("WISDOM", today, "Kind", null, null, tag, null)).andExpect(status().isBadRequest());
        writeAs("coordinator", entry("LESSON", today, "", null, null, tag, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
        as("coordinator", get(log() + "?kind=WISDOM")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        as("coordinator", get(log() + "?sort=colour")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        as("coordinator", get("/api/v1/followup/offices/" + UUID.randomUUID() + "/lessons"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from lesson_entry where tags like :t").param("t", "%," + tag + ",%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void entriesAreFoundByWordsTagAndKindOrderedAndPagedAndCorrectedByNewEntries() throws Exception {
        LocalDate today = LocalDate.now();
        String first = write("coordinator", entry("LESSON", today.minusDays(40), "Apply for ID before release", null,
                null, tag, null));
        String second = write("manager", entry("OPEN_QUESTION", today.minusDays(10), "Who pays the first week?", null,
                null, tag + ",money", null));
        String third = write("coordinator", entry("LESSON", today, "Apply for ID three months before release", null,
                null, tag, first));
        as("manager", get(log() + "?tag=" + tag)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.totalItems").value(3))
                .andExpect(jsonPath("$.entries.items[*].id", contains(third, second, first)));
        as("manager", get(log() + "?tag=" + tag + "&sort=date&dir=asc")).andExpect(jsonPath("$.entries.items[*].id",
                contains(first, second, third)));
        as("manager", get(log() + "?tag=" + tag + "&sort=title&dir=asc")).andExpect(jsonPath("$.entries.items[*].id",
                contains(first, third, second)));
        as("manager", get(log() + "?tag=" + tag + "&kind=open_question")).andExpect(jsonPath("$.entries.items[*].id",
                contains(second)));
        as("manager", get(log() + "?tag=" + tag + "&q=PAYS")).andExpect(jsonPath("$.entries.items[*].id",
                contains(second)));
        as("manager", get(log() + "?tag=" + tag + "&q=100%25")).andExpect(jsonPath("$.entries.totalItems").value(0));
        as("manager", get(log() + "?tag=" + tag + "&size=2&page=2")).andExpect(jsonPath("$.entries.items[*].id",
                contains(first)));
        as("manager", get(log() + "?tag=" + tag + "&sort=date&dir=asc")).andExpect(
                jsonPath("$.entries.items[0].correctedBy", contains(third)))
                .andExpect(jsonPath("$.entries.items[2].correctsId").value(first));
    }

    @Test
    void thePageOffersTheFormToStaffOnlyAndShowsRefusalsAtTheFieldInEachLanguage() throws Exception {
        Cookie coordinator = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        String page = "/followup/offices/" + umea + "/lessons";
        mvc.perform(get("/followup/lessons").cookie(coordinator)).andExpect(status().is3xxRedirection());
        mvc.perform(get(page).cookie(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Add an entry")));
        for (String[] language : new String[][] {{"en", "Say who took on the responsibility."},
                {"sv", "Ange vem som tog på sig ansvaret."}, {"nb", "Oppgi hvem som tok på seg ansvaret."}}) {
            mvc.perform(post(page).cookie(coordinator).with(csrf()).header("Accept-Language", language[0])
                            .param("kind", "RESPONSIBILITY").param("entryOn", LocalDate.now().toString())
                            .param("title", "Gate").param("body", "Who meets the client").param("tags", tag))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(language[1])));
        }
        mvc.perform(post(page).cookie(coordinator).with(csrf()).param("kind", "LESSON")
                        .param("entryOn", LocalDate.now().toString()).param("title", "Page lesson " + tag)
                        .param("body", "Book the first meeting early").param("tags", tag))
                .andExpect(status().is3xxRedirection());
        Cookie partner = mvc.perform(formLogin().user("partner").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        mvc.perform(get(page + "?tag=" + tag).cookie(partner)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Page lesson " + tag),
                        not(containsString("Add an entry")))));
    }
}
