package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.IntegrationTest;
import org.throughcare.TestActors;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * What the group, the consents and the signed form tell each reader (issue 10): the signed form only to
 * those who manage the case; psychiatry and addiction care, treatment roles and health scopes only to readers
 * of health data; free-text reasons only to those who manage the case; each read audited under its own purpose.
 */
@IntegrationTest
class DisclosureTests {

    private static final byte[] PDF = "%PDF-1.7\n% signed at the psychiatric unit\n".getBytes(StandardCharsets.US_ASCII);
    private static final String ADD_REASON = "Psychiatric treatment for schizophrenia";
    private static final String END_REASON = "Moved to the addiction ward";
    private static final String WITHDRAWAL = "Told the nurse on the ward";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    record World(ClientId client, UUID writtenConsent, String psychiatryContact) {
    }

    /**
     * A client in custody at Anstalten Umeå; the partner (social services) in the group, added for a reason that
     * names a diagnosis; a psychiatry contact and a treatment-role member; a written consent with the signed
     * form covering social services and psychiatry for basic facts and the plan, a second for health (psychiatry
     * only), and a third, withdrawn, whose "how" names the ward.
     */
    private World world(String name) {
        Actor coordinator = actor("coordinator");
        LocalDate born = LocalDate.of(1979, 4, 17);
        ClientId client = clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born,
                Gender.MALE, null, false, "2480", coordinator.unitId().value(), coordinator.userId().value(),
                LocalDate.now().minusDays(30)), coordinator);
        clients.recordCustody(client, new RecordCustody(organisation("Anstalten Umeå"), null, null,
                LocalDate.now().plusMonths(3), null, null, false, null, null, null, null, null,
                version(client)), coordinator);
        LocalDate today = LocalDate.now();
        groups.addMember(client, new AddMember(actor("partner").userId().value(), null, GroupRole.CASE_WORKER, today,
                ADD_REASON), coordinator);
        UUID psychiatry = contactAt("Psykiatrin Umeå");
        groups.addMember(client, new AddMember(null, psychiatry, GroupRole.CONTACT_OFFICER, today, "Referred"),
                coordinator);
        UUID treatment = contactAt("Socialtjänsten Umeå");
        UUID ended = groups.addMember(client, new AddMember(null, treatment, GroupRole.TREATMENT, today.minusDays(5),
                null), coordinator);
        groups.endMembership(client, ended, new EndMembership(today.minusDays(1), END_REASON), coordinator);
        UUID written = consents.record(client, new RecordConsent(ConsentForm.WRITTEN, today, null, true, "2026-1", null,
                List.of(organisation("Socialtjänsten Umeå"), organisation("Psykiatrin Umeå")),
                List.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES)),
                new ConsentDocument("psykiatri-samtycke.pdf", PDF), coordinator);
        consents.record(client, new RecordConsent(ConsentForm.ORAL, today, "Nurse Witness", true, "2026-1", null,
                List.of(organisation("Psykiatrin Umeå")), List.of(DataCategory.HEALTH_AND_SUBSTANCE_USE)), null,
                coordinator);
        UUID withdrawn = consents.record(client, new RecordConsent(ConsentForm.DIGITAL, today.minusDays(3), null, true,
                "2026-1", null, List.of(organisation("Socialtjänsten Umeå")), List.of(DataCategory.NEEDS_ASSESSMENT)),
                null, coordinator);
        consents.withdraw(client, withdrawn, new WithdrawConsent(today, WITHDRAWAL), coordinator);
        return new World(client, written, contactName(psychiatry));
    }

    @Test
    void theSignedFormIsForTheCoordinatorAndTheOfficeManagerAndItsDownloadIsInTheAccessLog() throws Exception {
        World world = world("Signed Form Client");
        String document = "/clients/" + world.client() + "/consents/" + world.writtenConsent() + "/document";
        for (String reader : new String[] {"coordinator", "manager"}) {
            assertThat(page(reader, document).getContentAsByteArray()).as(reader).isEqualTo(PDF);
        }
        // Prison staff may read basic facts of a client in their custody; the partner has consent for basic
        // facts and the plan: neither is given the form, and both are told why.
        for (String reader : new String[] {"prison", "partner"}) {
            MvcResult refused = mvc.perform(get(document).cookie(login(reader))).andReturn();
            assertThat(refused.getResponse().getStatus()).as(reader).isEqualTo(403);
            // The 403 page (rendered by the container's error dispatch, which MockMvc does not make) says this.
            assertThat(refused.getRequest().getAttribute("refusal")).as(reader).isEqualTo("error.signedFormReserved");
            assertThat(refused.getResponse().getContentAsString()).as(reader).doesNotContain("Signed Form Client");
        }
        String log = api("coordinator", "/api/v1/clients/" + world.client() + "/access-log?size=100");
        List<String> downloads = JsonPath.read(log, "$.items[?(@.purpose == 'signed consent form')].outcome");
        assertThat(downloads).containsExactlyInAnyOrder("ALLOWED", "ALLOWED", "DENIED", "DENIED");
        assertThat(page("coordinator", "/clients/" + world.client() + "/access-log").getContentAsString())
                .contains("Signed consent form");
    }

    @Test
    void theGroupAndTheConsentsNameHealthOnlyToReadersOfHealthAndReasonsOnlyToThoseWhoManageTheCase()
            throws Exception {
        World world = world("RosterView Reader Client");
        String base = "/api/v1/clients/" + world.client();
        String[] paths = {base + "/group", base + "/consents", base + "/consents/coverage"};
        String[] pages = {"/clients/" + world.client() + "/group", "/clients/" + world.client() + "/consents"};
        for (String reader : new String[] {"prison", "partner"}) {
            for (String path : paths) {
                assertThat(api(reader, path)).as("%s %s", reader, path)
                        .doesNotContain("Psykiatrin").doesNotContain(world.psychiatryContact())
                        .doesNotContain("TREATMENT").doesNotContain("HEALTH_AND_SUBSTANCE_USE")
                        .doesNotContain(ADD_REASON).doesNotContain(END_REASON).doesNotContain(WITHDRAWAL)
                        .doesNotContain("Nurse Witness").doesNotContain("psykiatri-samtycke");
            }
            for (String path : pages) {
                assertThat(page(reader, path).getContentAsString()).as("%s %s", reader, path)
                        .doesNotContain("Psykiatrin").doesNotContain(world.psychiatryContact())
                        .doesNotContain("Health and substance use").doesNotContain(ADD_REASON)
                        .doesNotContain(END_REASON).doesNotContain(WITHDRAWAL).doesNotContain("psykiatri-samtycke");
            }
            // Counts that do not betray: the member and the consent that say health are not there at all.
            String roster = api(reader, base + "/group");
            assertThat(JsonPath.<List<String>>read(roster, "$.everyone[*].organisationName")).as(reader)
                    .containsExactly("Socialtjänsten Umeå");
            assertThat(JsonPath.<List<List<String>>>read(api(reader, base + "/consents"), "$[*].categories"))
                    .as(reader).containsExactlyInAnyOrder(List.of("BASIC_AND_CUSTODY", "PLAN_AND_MEASURES"),
                            List.of("NEEDS_ASSESSMENT"));
        }
        String all = api("coordinator", base + "/group") + api("coordinator", base + "/consents")
                + api("coordinator", base + "/consents/coverage");
        assertThat(all).contains("Psykiatrin Umeå", world.psychiatryContact(), "TREATMENT", "HEALTH_AND_SUBSTANCE_USE",
                ADD_REASON, END_REASON, WITHDRAWAL, "Nurse Witness", "psykiatri-samtycke");

        // Once consent covers health for social services, the partner sees psychiatry, but still no reasons.
        consents.record(world.client(), new RecordConsent(ConsentForm.DIGITAL, LocalDate.now(), null, true, "2026-1",
                null, List.of(organisation("Socialtjänsten Umeå")), List.of(DataCategory.HEALTH_AND_SUBSTANCE_USE)),
                null, actor("coordinator"));
        String partner = api("partner", base + "/group") + api("partner", base + "/consents")
                + api("partner", base + "/consents/coverage");
        assertThat(partner).contains("Psykiatrin Umeå", world.psychiatryContact(), "TREATMENT", "HEALTH_AND_SUBSTANCE_USE")
                .doesNotContain(ADD_REASON).doesNotContain(END_REASON).doesNotContain(WITHDRAWAL)
                .doesNotContain("Nurse Witness").doesNotContain("psykiatri-samtycke");

        String log = api("coordinator", base + "/access-log?size=100");
        assertThat(JsonPath.<List<String>>read(log, "$.items[?(@.username == 'partner')].purpose"))
                .contains("group roster", "consent list", "consent coverage");
    }

    private MockHttpServletResponse page(String username, String path) throws Exception {
        return mvc.perform(get(path).cookie(login(username))).andReturn().getResponse();
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password("demo"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String api(String username, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic(username, "demo"))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("%s GET %s", username, path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(ClientId client) {
        return jdbc.sql("select version from client where id = :id").param("id", client.value()).query(Long.class).single();
    }

    private UUID contactAt(String organisation) {
        return jdbc.sql("select c.id from contact c join organisation o on o.id = c.organisation_id where o.name = :o"
                + " order by c.full_name limit 1").param("o", organisation).query(UUID.class).single();
    }

    private String contactName(UUID contact) {
        return jdbc.sql("select full_name from contact where id = :id").param("id", contact).query(String.class).single();
    }

    private UUID organisation(String name) {
        return TestActors.organisation(jdbc, name);
    }

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }
}
