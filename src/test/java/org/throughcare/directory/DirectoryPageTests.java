package org.throughcare.directory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

@IntegrationTest
class DirectoryPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Logs in through the real form and returns the session cookie (sessions live in the database). */
    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void listShowsOrganisationsWithTheSignedInUserInTheHeader() throws Exception {
        mvc.perform(get("/directory").cookie(login("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Karin Lindqvist"), containsString("Frivården Umeå"),
                        containsString("Coordinator"), containsString("<main"), containsString("organisations"))));
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/directory").param("q", "kronofogden").header("HX-Request", "true").cookie(login("partner")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Kronofogden Umeå"), containsString("id=\"results\""),
                        not(containsString("<header")))));
    }

    @Test
    void goingBackInHistoryGetsTheWholePage() throws Exception {
        mvc.perform(get("/directory").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                        .cookie(login("partner")))
                .andExpect(content().string(containsString("<header")));
    }

    @Test
    void theLanguageLinksKeepTheSearch() throws Exception {
        mvc.perform(get("/directory").param("q", "kronofogden").param("lang", "en").cookie(login("partner")))
                .andExpect(content().string(allOf(containsString("href=\"/directory?q=kronofogden&amp;lang=sv\""),
                        not(containsString("lang=en&amp;lang")))));
    }

    @Test
    void aCraftedListIndexIsABadRequestNotAServerError() throws Exception {
        // No page sends a list with gaps; the shared form binder refuses it before anything is built.
        mvc.perform(post("/admin/organisations").with(csrf()).cookie(login("admin"))
                        .param("name", "Gappy").param("agencyType", "OTHER").param("municipalityCodes[3]", "2480"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anEmptySearchSaysSo() throws Exception {
        mvc.perform(get("/directory").param("q", "no such agency anywhere").cookie(login("partner")))
                .andExpect(content().string(containsString("No organisation matches your search")));
    }

    @Test
    void theLanguageSwitchesToSwedishAndStays() throws Exception {
        Cookie session = login("partner");
        var response = mvc.perform(get("/directory").param("lang", "sv").cookie(session))
                .andExpect(content().string(containsString("<h1>Katalog</h1>"))).andReturn().getResponse();
        Cookie language = response.getCookie("throughcare-lang");
        mvc.perform(get("/").cookie(session, language))
                .andExpect(content().string(containsString("Välkommen")));
    }

    @Test
    void anUnknownOrMalformedIdShowsTheNotFoundPage() throws Exception {
        Cookie session = login("partner");
        mvc.perform(get("/directory/organisations/00000000-0000-0000-0000-000000000009").cookie(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/directory/contacts/not-an-id").cookie(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void administrationPagesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/organisations/new").cookie(login("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").cookie(login("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations").with(csrf()).cookie(login("partner"))
                .param("name", "Sneaky").param("agencyType", "OTHER")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/new").cookie(login("admin"))).andExpect(status().isOk());
    }

    @Test
    void aFormWithErrorsShowsThemAtTheFieldsInSwedishAndSavesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        mvc.perform(post("/admin/organisations").with(csrf())
                        .cookie(login("admin"), new Cookie("throughcare-lang", "sv"))
                        .param("name", "").param("agencyType", "NOT_A_TYPE").param("email", "fel"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""), containsString("Fyll i detta."),
                        containsString("id=\"agencyType-error\""), containsString("id=\"email-error\""),
                        containsString("aria-invalid=\"true\""), containsString("role=\"alert\""))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aDuplicateFromTheFormIsShownAtTheName() throws Exception {
        mvc.perform(post("/admin/organisations").with(csrf()).cookie(login("admin"))
                        .param("name", "Polisen Göteborg").param("agencyType", "POLICE").param("municipalityCodes", "1480"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An organisation with this name and type already serves")));
    }

    @Test
    void administratorCreatesAnOrganisationThroughTheForm() throws Exception {
        var result = mvc.perform(post("/admin/organisations").with(csrf()).cookie(login("admin"))
                        .param("name", "Bostad först Norrköping").param("agencyType", "HOUSING")
                        .param("municipalityCodes", "0581").param("phone", "011-15 00 00"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(login("coordinator")))
                .andExpect(content().string(allOf(containsString("Bostad först Norrköping"), containsString("Norrköping"))));
    }
}
