package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * Printed documents in Norwegian as in Swedish and English — the plan and the consent text the client signs —
 * with the page's own controls in the reader's language whatever the document's.
 */
@IntegrationTest
class PrintLanguageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    PlanManagement plans;

    @Test
    void aNorwegianClientsPlanPrintsInNorwegianWithTheReadersControls() throws Exception {
        Actor coordinator = org.throughcare.TestActors.actor(jdbc, "coordinator");
        LocalDate born = LocalDate.of(1979, 6, 21);
        ClientId client = clients.register(new RegisterClient("Norsk Print Client", "SE", TestNumbers.personnummer(born),
                born, Gender.MALE, "norsk", false, "2480", coordinator.unitId().value(), coordinator.userId().value()),
                coordinator);
        plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "En egen leilighet"), coordinator);

        String english = print("/clients/" + client + "/plan/print", "en");
        assertThat(english).contains("<html lang=\"nb\"", "Dette er planen din", "Bolig", "Dette vil jeg",
                "En egen leilighet")
                .contains(">Print<", ">Show<", ">Back to the plan<", ">Language<", ">Norwegian (Bokmål)<")
                .doesNotContain("This is your plan", ">Vis<", ">Tilbake til planen<");
        assertThat(english).contains("<option value=\"nb\" selected=\"selected\">");

        String swedishReader = print("/clients/" + client + "/plan/print?language=en", "sv");
        assertThat(swedishReader).contains("<html lang=\"en\"", "This is your plan")
                .contains(">Visa<", ">Tillbaka till planen<", ">Språk<", ">Norska (bokmål)<")
                .doesNotContain(">Show<", ">Back to the plan<", "Dette er planen din");
    }

    @Test
    void theConsentTextExistsInNorwegianAndItsControlsFollowTheReader() throws Exception {
        String norwegian = print("/consent-texts/2026-1", "nb");
        assertThat(norwegian).contains("<article lang=\"nb\">",
                "Samtykke til å dele opplysninger i tilbakeføringsgruppen", "taushetsplikt",
                "Du kan når som helst trekke samtykket tilbake", "Typer opplysninger", "Dato og underskrift",
                "Helse og rusbruk").doesNotContain("Consent to share information", "confidentiality");

        String forANorwegianClient = print("/consent-texts/2026-1?language=nb", "sv");
        assertThat(forANorwegianClient).contains("<html lang=\"sv\"", "<article lang=\"nb\">",
                "Samtykke til å dele opplysninger", "Typer opplysninger", ">Språk<", ">Visa<")
                .doesNotContain("Samtycke till att dela uppgifter", "Typer av uppgifter");

        String swedishForAnEnglishReader = print("/consent-texts/2026-1?language=sv", "en");
        assertThat(swedishForAnEnglishReader).contains("<article lang=\"sv\">", "Samtycke till att dela uppgifter",
                ">Language<", ">Show<", ">Print<");
    }

    private String print(String path, String readerLanguage) throws Exception {
        var response = mvc.perform(get(path).cookie(login()).header("Accept-Language", readerLanguage)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private Cookie login() throws Exception {
        return mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
    }
}
