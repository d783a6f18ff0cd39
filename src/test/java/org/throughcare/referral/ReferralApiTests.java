package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;

@IntegrationTest
@RecordApplicationEvents
class ReferralApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clientManagement;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ServiceManagement services;
    @Autowired
    ApplicationEvents events;

    PlanFixtures fixtures;
    ReferralFixtures referrals;
    ClientId client;
    UUID addiction;

    @BeforeEach
    void aClientWhoseConsentCoversTheAddictionService() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        referrals = new ReferralFixtures(jdbc, identity);
        client = fixtures.clientInCustody("Referral Client", 90);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        addiction = referrals.addictionUmea();
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private String send(String json) throws Exception {
        String body = as("coordinator", post("/api/v1/clients/" + client + "/referrals"), json)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private ResultActions move(String user, String referral, String json) throws Exception {
        return as(user, post("/api/v1/referrals/" + referral + "/transitions"), json);
    }

    @Test
    void aReferralRunsFromSentToCompletedWithItsOutcomeAndEveryChangeKept() throws Exception {
        String referral = send(ReferralFixtures.sendJson(addiction, "SUBSTANCE_USE", null, null));
        as("coordinator", get("/api/v1/referrals/" + referral)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.fhirTaskStatus").value("requested"))
                .andExpect(jsonPath("$.fhirPriority").value("urgent"))
                .andExpect(jsonPath("$.serviceName").value(ReferralFixtures.ADDICTION))
                .andExpect(jsonPath("$.organisationName").value("Beroendemottagningen Umeå"))
                .andExpect(jsonPath("$.referredBy").value("Karin Lindqvist"))
                .andExpect(jsonPath("$.next[*].to", contains("CANCELLED")));

        // The service's worker, not in the group, reads it through the consent that covers their organisation.
        as("addiction", get("/api/v1/referrals/" + referral)).andExpect(status().isOk())
                .andExpect(jsonPath("$.clientName").value("Referral Client"))
                .andExpect(jsonPath("$.reason").value("Daily amphetamine use before custody; relapse risk"))
                .andExpect(jsonPath("$.next[*].to", contains("ACCEPTED", "DECLINED")))
                .andExpect(jsonPath("$.proposedMembers", empty()));

        move("addiction", referral, "{\"to\": \"ACCEPTED\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.fhirTaskStatus").value("accepted"));
        String proposal = JsonPath.read(as("coordinator", get("/api/v1/referrals/" + referral))
                .andExpect(jsonPath("$.proposedMembers[0].personName").value("Sofia Ekström"))
                .andExpect(jsonPath("$.proposedMembers[0].decision").doesNotExist())
                .andReturn().getResponse().getContentAsString(), "$.proposedMembers[0].proposalId");
        as("addiction", post("/api/v1/referrals/" + referral + "/proposed-members/" + proposal + "/confirm"))
                .andExpect(status().isForbidden());
        as("coordinator", post("/api/v1/referrals/" + referral + "/proposed-members/" + proposal + "/confirm"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.proposedMembers[0].decision").value("CONFIRMED"));
        assertThat(groups.currentMembers(client)).anyMatch(m -> "Sofia Ekström".equals(m.personName()));

        LocalDate start = LocalDate.now().plusDays(12);
        move("addiction", referral, "{\"to\": \"WAITING\", \"expectedStart\": \"" + start + "\", \"version\": 1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.fhirTaskStatus").value("on-hold"))
                .andExpect(jsonPath("$.expectedStart").value(start.toString()));
        move("addiction", referral, "{\"to\": \"STARTED\", \"version\": 2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.fhirTaskStatus").value("in-progress"))
                .andExpect(jsonPath("$.next[*].to", containsInAnyOrder("COMPLETED", "ENDED_EARLY")));
        move("addiction", referral, """
                {"to": "COMPLETED", "outcomes": ["ACHIEVED", "PARTLY_ACHIEVED"],
                 "endNote": "Finished the group; one lapse in week six", "version": 3}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.fhirTaskStatus").value("completed"))
                .andExpect(jsonPath("$.goals[*].outcome", contains("ACHIEVED", "PARTLY_ACHIEVED")))
                .andExpect(jsonPath("$.endNote").value("Finished the group; one lapse in week six"))
                .andExpect(jsonPath("$.next", empty()));

        as("coordinator", get("/api/v1/referrals/" + referral)).andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].to", contains("SENT", "ACCEPTED", "WAITING", "STARTED", "COMPLETED")))
                .andExpect(jsonPath("$.history[*].fhirTaskStatus",
                        contains("requested", "accepted", "on-hold", "in-progress", "completed")))
                .andExpect(jsonPath("$.history[*].by", contains("Karin Lindqvist", "Sofia Ekström", "Sofia Ekström",
                        "Sofia Ekström", "Sofia Ekström")))
                .andExpect(jsonPath("$.history[2].expectedStart").value(start.toString()));
        as("coordinator", get("/api/v1/clients/" + client + "/referrals")).andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[*].id", contains(referral)))
                .andExpect(jsonPath("$.referrals[0].fhirTaskStatus").value("completed"))
                .andExpect(jsonPath("$.mayRefer").value(true));
        assertThat(events.stream(ReferralStatusChanged.class).filter(e -> e.referralId().toString().equals(referral))
                .map(ReferralStatusChanged::to)).containsExactly(ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                ReferralStatus.WAITING, ReferralStatus.STARTED, ReferralStatus.COMPLETED);
        assertThat(events.stream(ReferralStatusChanged.class).filter(e -> e.to() == ReferralStatus.COMPLETED
                && e.referralId().toString().equals(referral))).allMatch(ReferralStatusChanged::achieved);
    }

    @Test
    void aReferralThatBreaksARuleIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        UUID addictionOrganisation = referrals.organisation("Beroendemottagningen Umeå");
        UUID closed = services.createService(fixtures.actor("admin"), new SaveService(addictionOrganisation,
                "Stängd dagverksamhet", null, ServiceStatus.INACTIVE, null, List.of(NeedArea.SUBSTANCE_USE),
                List.of("2480"), List.of("sv"), null, null, false, null, null, null, null));
        UUID norrkoping = referrals.service(ReferralFixtures.ADDICTION, "Beroendemottagningen Norrköping");
        UUID housing = referrals.service("Boendestöd efter frigivning", "Bostadsenheten Umeå");
        String url = "/api/v1/clients/" + client + "/referrals";

        as("coordinator", post(url), ReferralFixtures.sendJson(closed, "SUBSTANCE_USE", null, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("serviceId")));
        as("coordinator", post(url), ReferralFixtures.sendJson(housing, "ACCOMMODATION", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("serviceId")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("consent")));
        as("coordinator", post(url), ReferralFixtures.sendJson(addiction, "ACCOMMODATION", null, null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("needArea")));
        as("coordinator", post(url), ReferralFixtures.sendJson(norrkoping, "SUBSTANCE_USE", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("serviceId", "outsideAreaReason")));
        as("coordinator", post(url), ReferralFixtures.sendJson(addiction, "SUBSTANCE_USE",
                UUID.randomUUID().toString(), null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("measureId")));
        as("coordinator", post(url), "{\"serviceId\": \"" + addiction + "\", \"needArea\": \"SUBSTANCE_USE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason", "urgency", "goals")));
        assertThat(referrals.referrals(client)).as("nothing half-saved").isZero();

        // Outside the client's municipality with a reason, and consent for that organisation: accepted.
        consentFor(referrals.organisation("Beroendemottagningen Norrköping"));
        send(ReferralFixtures.sendJson(norrkoping, "SUBSTANCE_USE", null, "Moving to his sister in Norrköping"));

        String referral = send(ReferralFixtures.sendJson(addiction, "SUBSTANCE_USE", null, null));
        long changes = referrals.changes(client);
        move("addiction", referral, "{\"to\": \"STARTED\", \"version\": 0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("to")));
        move("addiction", referral, "{\"to\": \"DECLINED\", \"reason\": \"  \", \"version\": 0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("reason")));
        move("addiction", referral, "{\"to\": \"ACCEPTED\", \"outcomes\": [\"ACHIEVED\", \"ACHIEVED\"], \"version\": 0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("outcomes")));
        move("addiction", referral, "{\"to\": \"LOST\", \"version\": 0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("to")));
        move("addiction", referral, "{\"to\": \"ACCEPTED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("version")));
        move("addiction", referral, "{\"to\": \"ACCEPTED\", \"version\": 0}").andExpect(status().isOk());
        move("addiction", referral, "{\"to\": \"WAITING\", \"version\": 0}").andExpect(status().isConflict());
        move("addiction", referral, "{\"to\": \"WAITING\", \"version\": 1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("expectedStart")));
        move("addiction", referral, "{\"to\": \"STARTED\", \"version\": 1}").andExpect(status().isOk());
        move("addiction", referral, "{\"to\": \"COMPLETED\", \"outcomes\": [\"ACHIEVED\"], \"version\": 2}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("outcomes")));
        move("addiction", referral, "{\"to\": \"ENDED_EARLY\", \"outcomes\": [\"NOT_ACHIEVED\", \"NOT_ACHIEVED\"], "
                + "\"version\": 2}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("reason")));
        assertThat(referrals.changes(client)).as("only the two changes made").isEqualTo(changes + 2);
        as("coordinator", get("/api/v1/referrals/" + referral)).andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.goals[*].outcome", contains(org.hamcrest.Matchers.nullValue(),
                        org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void everyoneWithoutGroundsIsRefusedAndTheServiceSeesOnlyWhatConsentCovers() throws Exception {
        String referral = send(ReferralFixtures.sendJson(addiction, "SUBSTANCE_USE", null, null));
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
        for (String outsider : List.of("partner", "analyst", "admin", "coordinator.norrkoping", "prison")) {
            as(outsider, get("/api/v1/referrals/" + referral)).andExpect(status().isForbidden());
            move(outsider, referral, "{\"to\": \"ACCEPTED\", \"version\": 0}").andExpect(status().isForbidden());
            move(outsider, referral, "{\"to\": \"CANCELLED\", \"reason\": \"x\", \"version\": 0}")
                    .andExpect(status().isForbidden());
        }
        for (String outsider : List.of("partner", "analyst", "admin", "coordinator.norrkoping")) {
            as(outsider, get("/api/v1/clients/" + client + "/referrals")).andExpect(status().isForbidden());
            as(outsider, post("/api/v1/clients/" + client + "/referrals"),
                    ReferralFixtures.sendJson(addiction, "SUBSTANCE_USE", null, null)).andExpect(status().isForbidden());
        }
        // A member whose consent does not cover health: the referral to addiction care is not theirs to see.
        as("employment", get("/api/v1/referrals/" + referral)).andExpect(status().isForbidden());
        as("employment", get("/api/v1/clients/" + client + "/referrals")).andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals", empty()));
        // A member refers only where their organisation has work in the plan.
        // (A service of its own: other tests may change the demo's.)
        UUID workTraining = services.createService(fixtures.actor("admin"), new SaveService(
                referrals.organisation("Arbetsförmedlingen Umeå"), "Arbetsträning för remisstest", null,
                ServiceStatus.ACTIVE, null, List.of(NeedArea.EMPLOYMENT_EDUCATION_TRAINING), List.of("2480"),
                List.of("sv"), null, null, false, null, null, null, null));
        as("employment", post("/api/v1/clients/" + client + "/referrals"), ReferralFixtures.sendJson(workTraining,
                "EMPLOYMENT_EDUCATION_TRAINING", null, null)).andExpect(status().isForbidden());
        // Each side only its own changes.
        move("coordinator", referral, "{\"to\": \"ACCEPTED\", \"version\": 0}").andExpect(status().isForbidden());
        move("addiction", referral, "{\"to\": \"CANCELLED\", \"reason\": \"Full\", \"version\": 0}")
                .andExpect(status().isForbidden());
        // The service's staff read the referred client's consented facts, no other client's.
        ClientId other = fixtures.clientInCustody("Unreferred Client", 90);
        as("addiction", get("/api/v1/clients/" + other + "/referrals")).andExpect(status().isForbidden());
        as("addiction", get("/api/v1/clients/" + client + "/referrals")).andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals", hasSize(1))).andExpect(jsonPath("$.mayRefer").value(false));
        // Declined: the service no longer reaches the client.
        move("addiction", referral, "{\"to\": \"DECLINED\", \"reason\": \"No places this term\", \"version\": 0}")
                .andExpect(status().isNoContent());
        as("addiction", get("/api/v1/referrals/" + referral)).andExpect(status().isForbidden());
        as("coordinator", get("/api/v1/referrals/" + referral)).andExpect(jsonPath("$.fhirTaskStatus").value("rejected"))
                .andExpect(jsonPath("$.history[1].reason").value("No places this term"));
    }

    @Test
    void aReferralNamingAHealthAgencyIsShownOnlyToReadersOfHealthData() throws Exception {
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT);
        // A referral for housing to a service of addiction care names a health agency: not without health data.
        UUID housingAtAddictionCare = services.createService(fixtures.actor("admin"), new SaveService(
                referrals.organisation("Beroendemottagningen Umeå"), "Boende med behandlingsstöd", null,
                ServiceStatus.ACTIVE, null, List.of(NeedArea.ACCOMMODATION), List.of("2480"), List.of("sv"), null, null,
                false, null, null, null, null));
        fixtures.consent(client, "addiction", DataCategory.NEEDS_ASSESSMENT);
        String housing = send(ReferralFixtures.sendJson(housingAtAddictionCare, "ACCOMMODATION", null, null));
        as("employment", get("/api/v1/referrals/" + housing)).andExpect(status().isForbidden());
        as("employment", get("/api/v1/clients/" + client + "/referrals")).andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals", empty()));
        as("addiction", get("/api/v1/referrals/" + housing)).andExpect(status().isOk());
        fixtures.consent(client, "employment", DataCategory.HEALTH_AND_SUBSTANCE_USE);
        as("employment", get("/api/v1/referrals/" + housing)).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationName").value("Beroendemottagningen Umeå"));
    }

    private void consentFor(UUID organisation) {
        consents.record(client, new org.throughcare.group.RecordConsent(org.throughcare.group.ConsentForm.DIGITAL,
                LocalDate.now(), null, true, "2026-1", null, List.of(organisation),
                List.of(DataCategory.HEALTH_AND_SUBSTANCE_USE)), null, fixtures.actor("coordinator"));
    }
}
