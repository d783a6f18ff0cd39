package org.throughcare.workspace.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.client.ClientManagement;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.SaveContact;
import org.throughcare.directory.SaveOrganisation;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.SaveUnit;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.notification.webhook.SaveWebhookEndpoint;
import org.throughcare.notification.webhook.WebhookAdministration;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Sends malformed input to every page form and every API operation the running application has — found at
 * run time from its handler mappings and its OpenAPI document, so a form or operation added later is fuzzed
 * without anyone adding it here — and requires that none answers with a server error or a page cut off
 * before its end. Each is sent by a user who may use it, against the fuzz's own records ({@link FuzzWorld}).
 */
@IntegrationTest
class BadInputFuzzTests {

    /** Who sends what: administrators keep the directory and the log, owners answer their measures. */
    private static final Map<Pattern, String> SENDERS = Map.of(
            Pattern.compile("^(/api/v1)?/(admin|audit|users)(/.*)?$"), "admin",
            Pattern.compile("^(POST|PUT|PATCH|DELETE) /api/v1/(organisations|contacts|units|municipalities).*$"), "admin",
            Pattern.compile("^.*/measures/\\{[a-zA-Z]+}/(accept|decline|progress|notes)$"), "employment",
            Pattern.compile("^.*/measures/\\{clientId}/\\{measureId}/accept$"), "employment",
            Pattern.compile("^(/api/v1)?/consent-completeness$"), "manager",
            Pattern.compile("^(/api/v1)?/notifications(/.*)?$"), "manager",
            Pattern.compile("^(/api/v1)?/followup/radar$"), "manager",
            Pattern.compile("^(/api/v1)?/webhook-endpoints(/.*)?$"), "admin",
            Pattern.compile("^(POST|PUT) (/api/v1|/directory)/(services|organisations/\\{[a-zA-Z]+}/services).*$"), "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    AssessmentManagement assessments;
    @Autowired
    PlanManagement plans;
    @Autowired
    DirectoryManagement directory;
    @Autowired
    ContactManagement contacts;
    @Autowired
    WebhookAdministration webhooks;
    @Autowired
    ServiceManagement services;

    private final Map<String, Cookie> sessions = new HashMap<>();

    @Test
    void noFormAndNoOperationAnswersMalformedInputWithAServerErrorOrACutOffPage() throws Exception {
        FuzzWorld world = world();
        List<Probe> probes = new ArrayList<>();
        List<PageForms.Form> forms = PageForms.mapped(context);
        for (PageForms.Form form : forms) {
            probes.addAll(PageForms.probes(form, world, sender(form.method(), form.pattern())));
        }
        ApiOperations api = new ApiOperations(mvc.perform(get("/v3/api-docs").cookie(session("admin")))
                .andReturn().getResponse().getContentAsString());
        List<ApiOperations.Operation> operations = api.operations();
        for (ApiOperations.Operation operation : operations) {
            probes.addAll(api.probes(operation, world, sender(operation.method(), operation.pattern())));
        }
        // The coordinator's probes last: one that happens to be valid changes the case the others work on.
        probes.sort(java.util.Comparator.comparing(probe -> probe.user().equals("coordinator")));
        assertThat(forms).as("the scan must see the page forms").extracting(PageForms.Form::pattern)
                .contains("/clients/{id}/consents/{consentId}/withdrawal", "/clients/{id}/plan/release-day",
                        "/admin/organisations", "/clients/{id}/access-log", "/consent-texts/{version}",
                        "/clients/{id}/custody-events/{kind}", "/notifications",
                        "/notifications/settings", "/admin/webhooks/{endpointId}",
                        "/clients/{id}/plan/measures/{measureId}/release-date", "/clients/{id}/meetings",
                        "/clients/{id}/meetings/{meetingId}", "/clients/{id}/meetings/{meetingId}/cancel",
                        "/clients/{id}/meetings/{meetingId}/invitation",
                        "/directory/services/{id}", "/directory/services", "/clients/{id}/meetings/{meetingId}/record",
                        "/clients/{id}/meetings/{meetingId}/decisions", "/meetings", "/clients/{id}/outcomes",
                        "/followup/offices/{officeId}/lessons", "/directory/services/{id}/capacity");
        assertThat(operations).as("the scan must see the API").extracting(ApiOperations.Operation::pattern)
                .contains("/api/v1/clients/{id}/screenings", "/api/v1/organisations", "/api/v1/clients/{id}/access-log",
                        "/api/v1/custody-events", "/api/v1/notifications",
                        "/api/v1/notifications/{noticeId}/acknowledgement", "/api/v1/notifications/settings",
                        "/api/v1/webhook-endpoints/{endpointId}",
                        "/api/v1/clients/{id}/plan/measures/{measureId}/release-date", "/api/v1/clients/{id}/meetings",
                        "/api/v1/clients/{id}/meetings/{meetingId}", "/api/v1/clients/{id}/meetings/{meetingId}/cancel",
                        "/api/v1/services", "/api/v1/services/{id}", "/api/v1/services/{id}/capacity", "/hsds/services",
                        "/api/v1/clients/{id}/meetings/{meetingId}/held", "/api/v1/clients/{id}/meetings/{meetingId}/decisions",
                        "/api/v1/clients/{id}/meetings/entered-afterwards", "/api/v1/clients/{id}/meetings/figures",
                        "/api/v1/meetings/figures", "/api/v1/meetings/past", "/api/v1/clients/{id}/outcomes",
                        "/api/v1/followup/offices/{officeId}/lessons", "/api/v1/followup/radar", "/api/v1/clients/{id}/referrals",
                        "/api/v1/referrals/{referralId}/transitions");
        assertThat(operations).as("the access log's filters are probed").filteredOn(o -> o.pattern()
                .equals("/api/v1/clients/{id}/access-log")).singleElement().satisfies(o -> assertThat(o.queryParameters())
                .extracting(p -> p.path("name").asString()).contains("who", "category", "outcome", "from", "to"));

        List<String> failures = new ArrayList<>();
        Map<String, Set<Integer>> answers = new HashMap<>();
        for (Probe probe : probes) {
            Answer answer = send(probe);
            answers.computeIfAbsent(probe.operation(), k -> new LinkedHashSet<>()).add(answer.status());
            if (answer.problem() != null) {
                failures.add(probe.operation() + " [" + probe.label() + "] as " + probe.user() + ": " + answer.problem());
            }
        }
        List<String> neverReached = answers.entrySet().stream()
                .filter(e -> e.getValue().stream().allMatch(s -> s == 401 || s == 403)).map(Map.Entry::getKey).toList();
        System.out.printf("Fuzzed %d page forms and %d API operations (%d operations) with %d malformed requests%n",
                forms.size(), operations.size(), answers.size(), probes.size());
        failures.forEach(System.out::println);
        assertThat(failures).as("server errors and cut-off pages on malformed input").isEmpty();
        assertThat(neverReached).as("operations every probe was refused for: give them a sender in SENDERS").isEmpty();
    }

    /** The status, and what was wrong with the answer (null when nothing was). */
    private record Answer(int status, String problem) {
    }

    private Answer send(Probe probe) throws Exception {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(probe.request().cookie(session(probe.user()))).andReturn().getResponse();
        } catch (Exception e) {
            // MockMvc rethrows what the application did not handle: in a server that is a 500.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return new Answer(500, "threw " + cause);
        }
        if (response.getStatus() >= 500) {
            return new Answer(response.getStatus(), "answered " + response.getStatus());
        }
        String body = response.getContentAsString().strip();
        if (body.startsWith("<!DOCTYPE html>") && !body.endsWith("</html>")) {
            return new Answer(response.getStatus(), "page cut off after " + body.length() + " characters");
        }
        return new Answer(response.getStatus(), null);
    }

    private String sender(HttpMethod method, String pattern) {
        for (Map.Entry<Pattern, String> sender : SENDERS.entrySet()) {
            if (sender.getKey().matcher(pattern).matches() || sender.getKey().matcher(method + " " + pattern).matches()) {
                return sender.getValue();
            }
        }
        return "coordinator";
    }

    private Cookie session(String username) {
        return sessions.computeIfAbsent(username, name -> {
            try {
                return mvc.perform(formLogin().user(name).password("demo")).andReturn().getResponse().getCookie("SESSION");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Autowired
    MeetingManagement meetings;
    @Autowired
    org.throughcare.referral.ReferralManagement referrals;

    private FuzzWorld world() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Fuzz Client", 45);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.values());
        // What the fuzz may end or withdraw when a probe happens to be valid: a second member and their consent,
        // so the measure's owner keeps the access its own probes need.
        fixtures.join(client, "partner");
        UUID consent = fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY);
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.ACCOMMODATION, Rating.SEVERE),
                fixtures.actor("coordinator"));
        UUID goal = plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "Fuzz goal"), fixtures.actor("coordinator"));
        UUID employmentService = fixtures.actor("employment").organisationId().value();
        UUID measure = plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, "Fuzz measure", MeasureType.HOUSING,
                employmentService, fixtures.actor("employment").userId().value(), null, Phase.AFTER_RELEASE,
                LocalDate.now(), null, null), fixtures.actor("coordinator"));
        UUID member = jdbc.sql("select id from group_member where client_id = :c and user_id = :u")
                .param("c", client.value()).param("u", fixtures.actor("partner").userId().value())
                .query(UUID.class).single();
        UUID organisation = directory.createOrganisation(new SaveOrganisation("Fuzz Organisation " + UUID.randomUUID(),
                AgencyType.HOUSING, null, null, null, null, List.of(), null));
        UUID unit = contacts.addUnit(organisation, new SaveUnit("Fuzz Unit", null, null, null, null, null));
        UUID contact = contacts.addContact(organisation, new SaveContact("Fuzz Contact", null, null, null, null, null));
        // The office manager is told of the fuzz client's release date: the notice the inbox probes work on.
        org.throughcare.notification.NoticeFixtures notices = new org.throughcare.notification.NoticeFixtures(jdbc,
                clients);
        notices.awaitDelivered();
        UUID notice = notices.noticeId("manager", client, "RELEASE_DATE_CHANGED");
        UUID event = notices.eventId(client, "RELEASE_DATE_CHANGED");
        // A webhook endpoint of the fuzz's organisation, at an address nobody listens on (port 9 discards).
        UUID endpoint = webhooks.create(new SaveWebhookEndpoint(organisation, "http://127.0.0.1:9/fuzz", null, List.of(),
                null), fixtures.actor("admin")).endpointId();
        UUID service = services.createService(fixtures.actor("admin"), new SaveService(organisation, "Fuzz Service",
                null, ServiceStatus.ACTIVE, null, List.of(NeedArea.ACCOMMODATION), List.of(), List.of(), null, null,
                false, null, null, null, null));
        UUID meeting = meetings.book(client, new BookMeeting(LocalDate.now().plusDays(7), LocalTime.of(10, 0), 60,
                PlaceKind.INSTITUTION, null, null, null, "Fuzz agenda", true, List.of(), null, null),
                fixtures.actor("coordinator"));
        // A referral to the fuzz's service, its organisation covered for the area: what the referral probes move.
        consents.record(client, new org.throughcare.group.RecordConsent(org.throughcare.group.ConsentForm.DIGITAL,
                LocalDate.now(), null, true, "2026-1", null, List.of(organisation),
                List.of(DataCategory.NEEDS_ASSESSMENT)), null, fixtures.actor("coordinator"));
        UUID referral = referrals.send(client, new org.throughcare.referral.SendReferral(service, NeedArea.ACCOMMODATION,
                "Fuzz referral", org.throughcare.referral.Urgency.ROUTINE, null, List.of("Fuzz goal"), null, null),
                fixtures.actor("coordinator"));
        return new FuzzWorld(client, consent, member, goal, measure, organisation, unit, contact, notice, event,
                endpoint, meeting, service, fixtures.actor("coordinator").unitId().value(), referral);
    }
}
