package org.throughcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;

/**
 * The service pages: found by need area, municipality, accreditation and places; the service page says the
 * waiting time is not known yet; each role is offered the edit and new-service actions only where it may use
 * them, and refused with the true reason (audited, nothing saved) where it may not; the form saves, answers
 * bad input at its fields in the user's language, and reads in words in en, sv and nb.
 */
@IntegrationTest
class ServicePageTests {

    private static final List<String> ROLES = List.of("coordinator", "manager", "partner", "employment", "prison",
            "analyst", "admin");
    private static final Set<String> MAINTAINERS_OF_EMPLOYMENT_SERVICES = Set.of("employment", "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRoleIsOfferedTheServiceFormsOnlyWhereItMayUseThemAndIsRefusedAsAChangeElsewhere() throws Exception {
        UUID office = jdbc.sql("select organisation_id from app_user where username = 'employment'")
                .query(UUID.class).single();
        UUID service = jdbc.sql("select id from service where organisation_id = :o order by name limit 1")
                .param("o", office).query(UUID.class).single();
        String edit = "/directory/services/" + service + "/edit";
        String addNew = "/directory/organisations/" + office + "/services/new";
        SoftAssertions softly = new SoftAssertions();
        for (String role : ROLES) {
            Cookie session = login(role);
            boolean may = MAINTAINERS_OF_EMPLOYMENT_SERVICES.contains(role);
            String servicePage = page("/directory/services/" + service, session, "en");
            String organisationPage = page("/directory/organisations/" + office, session, "en");
            softly.assertThat(servicePage.contains("href=\"" + edit + "\"")).as(role + " offered the edit").isEqualTo(may);
            softly.assertThat(organisationPage.contains("href=\"" + addNew + "\"")).as(role + " offered a new service")
                    .isEqualTo(may);
            softly.assertThat(organisationPage).as(role + " sees the services")
                    .contains("href=\"/directory/services/" + service + "\"");
            for (String form : List.of(edit, addNew)) {
                MvcResult shown = mvc.perform(get(form).cookie(session)).andReturn();
                softly.assertThat(shown.getResponse().getStatus()).as(role + " opens " + form).isEqualTo(may ? 200 : 403);
                if (!may) {
                    softly.assertThat((String) shown.getRequest().getAttribute("refusal")).as(role)
                            .isEqualTo("error.changeRefused.service");
                }
            }
            if (!may) {
                long version = version(service);
                long denied = denials(role);
                MvcResult posted = mvc.perform(valid(post("/directory/services/" + service), office, "Övertagen", version)
                        .cookie(session).with(csrf())).andReturn();
                softly.assertThat(posted.getResponse().getStatus()).as(role + " posts the edit").isEqualTo(403);
                softly.assertThat(version(service)).as(role + ": nothing saved").isEqualTo(version);
                softly.assertThat(denials(role)).as(role + ": refusal audited").isGreaterThan(denied);
            }
        }
        softly.assertAll();
    }

    @Test
    void theOrganisationsStaffSaveTheFormAndBadInputIsAnsweredAtItsFieldsInTheirLanguage() throws Exception {
        UUID office = jdbc.sql("select organisation_id from app_user where username = 'employment'")
                .query(UUID.class).single();
        Cookie session = login("employment");
        long before = jdbc.sql("select count(*) from service").query(Long.class).single();
        MockHttpServletResponse bad = mvc.perform(post("/directory/services").cookie(session).with(csrf())
                .header("Accept-Language", "sv").param("organisationId", office.toString()).param("name", "")
                .param("status", "NOPE").param("needAreas", "NOT_AN_AREA").param("languages", "Svenska")
                .param("capacityAvailable", "9").param("capacityMaximum", "2").param("capacityUnit", "platser")
                .param("municipalityCodes", "9999")).andReturn().getResponse();
        String text = bad.getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(text).contains("id=\"name-error\"", "Ange en språkkod", "inte fler lediga än som mest",
                "name=\"needAreas\"");
        assertThat(jdbc.sql("select count(*) from service").query(Long.class).single()).isEqualTo(before);

        MockHttpServletResponse saved = mvc.perform(valid(post("/directory/services"), office, "Jobbsök digitalt", null)
                .cookie(session).with(csrf())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        UUID created = UUID.fromString(saved.getRedirectedUrl().replaceAll(".*/", ""));
        String shown = page("/directory/services/" + created, session, "en");
        assertThat(shown).contains("Jobbsök digitalt", "Not known yet", "ID-handling", "3 of 10 platser available");
        // A stale form says someone else changed it, and keeps what was typed.
        mvc.perform(valid(post("/directory/services/" + created), office, "Jobbsök", 0L).cookie(session).with(csrf()));
        String stale = mvc.perform(valid(post("/directory/services/" + created), office, "Jobbsök igen", 0L)
                .cookie(session).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("Someone else changed", "k igen\"");
        assertThat(jdbc.sql("select name from service where id = :id").param("id", created).query(String.class).single())
                .isEqualTo("Jobbsök");
    }

    @Test
    void theListFindsByNeedAreaMunicipalityAccreditationAndPlacesAndReadsInWordsInEachLanguage() throws Exception {
        Cookie session = login("coordinator");
        String all = page("/directory/services?area=SUBSTANCE_USE&municipality=2480", session, "en");
        assertThat(all).contains("Öppenvårdsbehandling vid beroende", "Återfallsprevention vid missbruk")
                .doesNotContain("Boendestöd efter frigivning");
        String narrowed = page("/directory/services?area=SUBSTANCE_USE&municipality=2480&accredited=true&available=true",
                session, "en");
        assertThat(narrowed).contains("Återfallsprevention vid missbruk").doesNotContain("Öppenvårdsbehandling");
        assertThat(page("/directory/services?area=SUBSTANCE_USE&municipality=1480&accredited=true", session, "en"))
                .contains("No service matches");
        UUID service = jdbc.sql("select id from service where name = 'Budget- och skuldrådgivning' and status = "
                + "'TEMPORARILY_CLOSED' limit 1").query(UUID.class).single();
        Map<String, List<String>> words = Map.of(
                "en", List.of("Temporarily closed", "Finance and debt", "Not known yet", "How to refer"),
                "sv", List.of("Tillfälligt stängd", "Inte känd ännu", "Så remitterar du"),
                "nb", List.of("Midlertidig stengt", "Ikke kjent ennå", "Slik henviser du"));
        for (var language : words.entrySet()) {
            String text = (page("/directory/services/" + service, session, language.getKey())
                    + page("/directory/services?area=FINANCE_AND_DEBT", session, language.getKey()))
                    .replaceAll("<[^>]*>", " ");
            assertThat(text).as(language.getKey()).contains(language.getValue());
            for (String code : List.of("TEMPORARILY_CLOSED", "FINANCE_AND_DEBT", "service.")) {
                assertThat(text).as("%s shows no %s", language.getKey(), code).doesNotContain(code);
            }
        }
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, UUID office, String name,
                                                Long version) {
        request.param("organisationId", office.toString()).param("name", name).param("status", "ACTIVE")
                .param("needAreas", "EMPLOYMENT_EDUCATION_TRAINING").param("municipalityCodes", "2480")
                .param("languages", "sv, en").param("requiredDocuments", "ID-handling\nCV")
                .param("capacityAvailable", "3").param("capacityMaximum", "10").param("capacityUnit", "platser");
        if (version != null) {
            request.param("version", version.toString());
        }
        return request;
    }

    private String page(String path, Cookie session, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(session).header("Accept-Language", language))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(UUID service) {
        return jdbc.sql("select version from service where id = :id").param("id", service).query(Long.class).single();
    }

    private long denials(String username) {
        return jdbc.sql("select count(*) from audit_entry where actor_username = :u and action = 'SERVICE_CHANGE'"
                + " and outcome = 'DENIED'").param("u", username).query(Long.class).single();
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }
}
