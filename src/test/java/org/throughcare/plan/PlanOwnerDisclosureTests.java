package org.throughcare.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.shared.NeedArea;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.AddMember;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Which agency owns a measure is itself a disclosure: a housing measure owned by psychiatry says that the client
 * is treated there. The plan names such an owner by the group's rule — only to readers of health data (and to
 * the coordinator, who reads it) — and shows everyone else a neutral label without the member responsible, on
 * every surface that shows owners: the plan and its measures in the API, their history, the pages, the print.
 */
@IntegrationTest
class PlanOwnerDisclosureTests {

    private static final String PSYCHIATRY = "Psykiatrin Umeå";
    private static final String LABEL = "another agency in the group";

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
    @Autowired
    PlanManagement plans;
    @Autowired
    ReleaseDayArrangements releaseDay;

    @Test
    void aHealthOwnerIsNamedOnlyToReadersOfHealthData() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        Actor coordinator = fixtures.actor("coordinator");
        ClientId client = fixtures.clientInCustody("Owner Disclosure Client", 90);
        Group group = group(fixtures, client, coordinator);
        UUID psychiatry = group.psychiatry();
        UUID employment = group.employment();
        UUID contact = group.contact();
        String nurse = group.nurse();
        // One measure owned by psychiatry from the start; one given to it from the employment service, so that
        // the history holds psychiatry both as an owner added and as the owner after a change.
        UUID owned = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, "A flat near the ward",
                MeasureType.HOUSING, psychiatry, null, contact, Phase.AFTER_RELEASE, null, null, null), coordinator);
        UUID reassigned = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, "A room first",
                MeasureType.HOUSING, employment, fixtures.actor("employment").userId().value(), null,
                Phase.AT_RELEASE, null, null, null), coordinator);
        plans.editMeasure(client, reassigned, new AssignMeasure(NeedArea.ACCOMMODATION, "A room first",
                MeasureType.HOUSING, psychiatry, null, contact, Phase.AT_RELEASE, null, null, 0L), coordinator);

        String base = "/api/v1/clients/" + client + "/plan";
        List<String> apis = List.of(base, base + "/measures/" + owned, base + "/measures/" + owned + "/history",
                base + "/measures/" + reassigned + "/history");
        List<String> pages = List.of("/clients/" + client + "/plan", "/clients/" + client + "/plan/panel",
                "/clients/" + client + "/plan/measures/" + owned, "/clients/" + client + "/plan/measures/" + reassigned,
                "/clients/" + client + "/plan/print", "/");

        for (String surface : seen("employment", apis, pages)) {
            // Nor the member responsible for it, whom the group leaves out for this reader as well.
            assertThat(surface).doesNotContain(PSYCHIATRY).doesNotContain(psychiatry.toString())
                    .doesNotContain(nurse).doesNotContain(contact.toString());
        }
        assertThat(String.join("", seen("employment", apis, List.of()))).contains(LABEL);
        assertThat(String.join("", seen("employment", List.of(), pages.subList(0, 4)))).contains(LABEL);

        String coordinatorSees = String.join("", seen("coordinator", apis, pages.subList(0, 4)));
        assertThat(coordinatorSees).contains(PSYCHIATRY, nurse).doesNotContain(LABEL);

        // Once consent lets the employment service read health data, it sees who owns the measures.
        fixtures.consent(client, "employment", DataCategory.HEALTH_AND_SUBSTANCE_USE);
        List<String> health = seen("employment", apis, pages.subList(0, 4));
        for (String surface : health) {
            assertThat(surface).doesNotContain(LABEL);
        }
        assertThat(String.join("", health)).contains(PSYCHIATRY, psychiatry.toString(), nurse);
    }

    /**
     * The same rule on the release-day arrangements and on the plan printed for an organisation of the group:
     * an arrangement owned by psychiatry names neither psychiatry nor its member to a reader (or an audience)
     * whose consent does not cover health data, not even in the arrangement's text; the coordinator's own
     * print still names it.
     */
    @Test
    void aHealthOwnerOfAReleaseDayArrangementIsWithheldOnThePagesTheApiAndThePrintForAnOrganisation()
            throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        Actor coordinator = fixtures.actor("coordinator");
        ClientId client = fixtures.clientInCustody("Release Day Disclosure Client", 30);
        Group group = group(fixtures, client, coordinator);
        UUID psychiatry = group.psychiatry();
        UUID employment = group.employment();
        UUID contact = group.contact();
        String nurse = group.nurse();
        releaseDay.save(client, new ArrangeReleaseDay(List.of(
                new ReleaseDayEntry(ReleaseDayItem.FIRST_NIGHT, "A bed on the ward of " + PSYCHIATRY, psychiatry,
                        nurse, null),
                new ReleaseDayEntry(ReleaseDayItem.TRANSPORT, "Bus ticket", employment, null, null))), coordinator);

        String api = "/api/v1/clients/" + client + "/plan";
        String print = "/clients/" + client + "/plan/print?audience=" + employment;
        List<String> pages = List.of("/clients/" + client + "/plan", "/clients/" + client + "/plan/panel",
                "/clients/" + client + "/plan/release-day", "/clients/" + client + "/plan/print");
        List<String> employmentSees = seen("employment", List.of(api), pages);
        employmentSees.addAll(seen("coordinator", List.of(), List.of(print)));
        for (String surface : employmentSees) {
            assertThat(surface).doesNotContain(PSYCHIATRY).doesNotContain(psychiatry.toString())
                    .doesNotContain(nurse);
        }
        assertThat(employmentSees.get(0)).contains(LABEL, "A bed on the ward of " + LABEL, "Bus ticket");
        assertThat(employmentSees.get(employmentSees.size() - 1)).as("the print for the employment service")
                .contains(LABEL, "Bus ticket");

        String coordinatorPrint = String.join("", seen("coordinator", List.of(),
                List.of("/clients/" + client + "/plan/print", "/clients/" + client + "/plan/release-day")));
        assertThat(coordinatorPrint).contains(PSYCHIATRY, nurse).doesNotContain(LABEL);

        // Once consent lets the employment service read health data, its print names the owner too.
        fixtures.consent(client, "employment", DataCategory.HEALTH_AND_SUBSTANCE_USE);
        assertThat(String.join("", seen("coordinator", List.of(), List.of(print)))).contains(PSYCHIATRY, nurse)
                .doesNotContain(LABEL);
        assertThat(String.join("", seen("employment", List.of(api), List.of()))).contains(PSYCHIATRY, nurse);
    }

    /** The psychiatry's contact and the employment service in the client's group; psychiatry covered for the plan. */
    private record Group(UUID psychiatry, UUID employment, UUID contact, String nurse) {
    }

    private Group group(PlanFixtures fixtures, ClientId client, Actor coordinator) {
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT,
                DataCategory.PLAN_AND_MEASURES);
        UUID psychiatry = fixtures.organisation(PSYCHIATRY);
        UUID employment = fixtures.organisation("Arbetsförmedlingen Umeå");
        UUID contact = jdbc.sql("select id from contact where organisation_id = :o order by full_name limit 1")
                .param("o", psychiatry).query(UUID.class).single();
        String nurse = jdbc.sql("select full_name from contact where id = :id").param("id", contact)
                .query(String.class).single();
        groups.addMember(client, new AddMember(null, contact, GroupRole.CONTACT_OFFICER, LocalDate.now(), "Referred"),
                coordinator);
        consents.record(client, new org.throughcare.group.RecordConsent(org.throughcare.group.ConsentForm.DIGITAL,
                LocalDate.now(), null, true, "2026-1", null, List.of(psychiatry),
                List.of(DataCategory.PLAN_AND_MEASURES)), null, coordinator);
        return new Group(psychiatry, employment, contact, nurse);
    }

    private List<String> seen(String user, List<String> apis, List<String> pages) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String path : apis) {
            seen.add(body(user + " " + path, mvc.perform(get(path).with(httpBasic(user, "demo")).locale(Locale.ENGLISH))
                    .andReturn().getResponse()));
        }
        Cookie session = pages.isEmpty() ? null : mvc.perform(SecurityMockMvcRequestBuilders.formLogin().user(user)
                .password("demo")).andReturn().getResponse().getCookie("SESSION");
        for (String path : pages) {
            seen.add(body(user + " " + path, mvc.perform(get(path).cookie(session).locale(Locale.ENGLISH))
                    .andReturn().getResponse()));
        }
        return seen;
    }

    private static String body(String what, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(what).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
