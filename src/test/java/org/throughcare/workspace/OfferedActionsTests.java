package org.throughcare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * Offered only what you may do, refused for the right reason: every client page, walked as each role, renders
 * no form whose submission that role would be refused; and every change a role may not make, posted directly,
 * is refused with the change message — never the consent message, which is for a refused read — and saves
 * nothing.
 */
@IntegrationTest
class OfferedActionsTests {

    static final List<String> ROLES = List.of("coordinator", "manager", "partner", "employment", "prison", "analyst",
            "admin");
    static final String CHANGE_REFUSED = "This is a change your role may not make";
    /** The refusal of a change: the role's ({@code error.changeRefused}) or a more precise one under it. */
    static final String CHANGE_REFUSED_KEY = "error.changeRefused";
    static final String NO_CONSENT = "No documented consent covers";
    static final Pattern POST_FORM = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\"|"
            + "<form[^>]*action=\"([^\"]+)\"[^>]*method=\"post\"");

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
    AssessmentManagement assessments;
    @Autowired
    PlanManagement plans;
    @Autowired
    MeasureWork measureWork;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    org.throughcare.plan.ReleaseDayArrangements releaseDay;
    @Autowired
    org.throughcare.plan.Replanning replanning;

    PlanFixtures fixtures;
    ClientChanges world;
    ClientId client;
    UUID consent;

    @BeforeEach
    void aClientWithSomethingBehindEveryForm() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        world = new ClientChanges(jdbc, fixtures, assessments, plans, measureWork, meetings);
        client = world.client;
        consent = world.consent;
    }

    private Cookie login(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }

    /** A service of the employment service's own organisation: its staff and the administrator keep it. */
    private UUID employmentService() {
        return jdbc.sql("""
                select s.id from service s join app_user u on u.organisation_id = s.organisation_id
                where u.username = 'employment' order by s.name limit 1""").query(UUID.class).single();
    }

    /** Every page of a client, print and history pages included, and the pages of a service. */
    private List<String> pages() {
        String base = "/clients/" + client;
        return List.of(base, base + "/group", base + "/consents", base + "/consents/" + consent + "/document",
                base + "/assessment", base + "/assessment/new", base + "/assessment/compare", base + "/plan",
                base + "/plan/panel", base + "/plan/release-day", base + "/plan/measures/" + world.measure,
                base + "/plan/measures/" + world.accepted,
                base + "/plan/print", base + "/access-log", base + "/custody", base + "/stage", base + "/handover",
                base + "/screening", "/measures", base + "/custody-events", base + "/custody-events/release-date",
                base + "/custody-events/early-release", base + "/custody-events/transfer",
                base + "/custody-events/released", base + "/custody-events/returned-to-custody",
                base + "/custody-events/municipality", "/notifications/settings", base + "/meetings",
                base + "/meetings/new", base + "/meetings/" + world.meeting, base + "/meetings/" + world.meeting + "/edit",
                "/meetings", "/directory/services", "/directory/services/" + employmentService(),
                "/directory/services/" + employmentService() + "/edit");
    }

    /**
     * Each role walks every page of the client. A form it is offered, sent empty, is answered at its fields
     * (never 403); every change it is not offered, sent with a valid payload, is refused 403 with a change
     * message (never the consent message), saves nothing, and the refusal is in the audit log.
     */
    @Test
    void noRoleIsOfferedAFormItWouldBeRefusedAndEveryFormItIsNotOfferedIsRefusedAsAChange() throws Exception {
        // Every finding of the walk is reported, not only the first.
        SoftAssertions softly = new SoftAssertions();
        int formsTried = 0;
        int refusalsTried = 0;
        for (String role : ROLES) {
            Cookie session = login(role);
            Set<String> offered = new LinkedHashSet<>();
            for (String page : pages()) {
                MockHttpServletResponse shown = mvc.perform(get(page).cookie(session)).andReturn().getResponse();
                if (shown.getStatus() == 200) {
                    offered.addAll(postActions(shown.getContentAsString()));
                }
            }
            for (var change : world.all().entrySet()) {
                if (offered.contains(change.getKey())) {
                    continue;
                }
                String before = world.fingerprint();
                long refusalsAudited = refusalsAudited(role);
                MockHttpServletRequestBuilder request = post(change.getKey()).cookie(session).with(csrf());
                change.getValue().forEach(request::param);
                MvcResult answer = mvc.perform(request).andReturn();
                String as = role + " posts " + change.getKey() + ", which is not offered";
                softly.assertThat(answer.getResponse().getStatus()).as(as).isEqualTo(403);
                // What the 403 page is told to say: a change refused, not the consent message of a refused read.
                softly.assertThat((String) answer.getRequest().getAttribute("refusal")).as(as)
                        .startsWith(CHANGE_REFUSED_KEY);
                softly.assertThat(answer.getResponse().getContentAsString()).as(as).doesNotContain(NO_CONSENT);
                softly.assertThat(world.fingerprint()).as(as + ": nothing saved").isEqualTo(before);
                softly.assertThat(refusalsAudited(role)).as(as + ": audited").isGreaterThan(refusalsAudited);
                refusalsTried++;
            }
            for (String action : offered) {
                // Sent empty: a form the role may use answers at its fields; one it may not is refused (403).
                int status;
                try {
                    status = mvc.perform(post(action).cookie(session).with(csrf())).andReturn().getResponse()
                            .getStatus();
                } catch (jakarta.servlet.ServletException e) {
                    // A form that breaks on empty input is the bad-input fuzz test's finding, not a refusal.
                    softly.assertThat(e.getRootCause()).as("%s is offered %s", role, action).isNotInstanceOf(
                            org.springframework.security.access.AccessDeniedException.class);
                    status = 500;
                }
                softly.assertThat(status).as("%s is offered %s", role, action).isNotEqualTo(403);
                formsTried++;
            }
        }
        softly.assertAll();
        assertThat(formsTried).as("the walk reaches forms").isGreaterThan(20);
        assertThat(refusalsTried).as("the walk posts what is not offered").isGreaterThan(60);
    }

    /**
     * After a moved release date, confirming a release-day arrangement is offered to its owner (the partner's
     * organisation) and those who coordinate the case, moving or keeping a measure's date to those who may edit
     * it; every other role, posting it anyway, is refused as a change, audited, and changes nothing.
     */
    @Test
    void aCheckAfterACustodyEventIsOfferedOnlyToWhoMayAnswerIt() throws Exception {
        org.throughcare.shared.Actor coordinator = fixtures.actor("coordinator");
        LocalDate release = LocalDate.now().plusDays(50);
        releaseDay.save(client, new org.throughcare.plan.ArrangeReleaseDay(List.of(
                new org.throughcare.plan.ReleaseDayEntry(org.throughcare.plan.ReleaseDayItem.FIRST_NIGHT,
                        "Hostel", fixtures.organisation("Socialtjänsten Umeå"), null, null))), coordinator);
        UUID due = plans.addMeasure(client, new org.throughcare.plan.AssignMeasure(
                org.throughcare.shared.NeedArea.ACCOMMODATION, "Keys on the day",
                org.throughcare.plan.MeasureType.HOUSING, fixtures.organisation("Socialtjänsten Umeå"),
                fixtures.actor("partner").userId().value(), null, org.throughcare.plan.Phase.AT_RELEASE, null, release,
                null), coordinator);
        replanning.releaseDateMoved("offered-actions:" + UUID.randomUUID(), client, release, release.plusDays(5));
        String base = "/clients/" + client + "/plan";
        String confirm = base + "/release-day/FIRST_NIGHT/confirm";
        String decide = base + "/measures/" + due + "/release-date";
        Map<String, Map<String, String>> answers = Map.of(confirm, Map.of(), decide, Map.of("decision", "MOVE",
                "version", "" + jdbc.sql("select version from plan_measure where id = :m").param("m", due)
                        .query(Long.class).single()));
        Map<String, Set<String>> mayAnswer = Map.of(confirm, Set.of("coordinator", "manager", "partner"),
                decide, Set.of("coordinator", "manager"));
        SoftAssertions softly = new SoftAssertions();
        for (String role : ROLES) {
            Cookie session = login(role);
            Set<String> offered = new LinkedHashSet<>();
            for (String page : List.of(base, base + "/release-day")) {
                MockHttpServletResponse shown = mvc.perform(get(page).cookie(session)).andReturn().getResponse();
                if (shown.getStatus() == 200) {
                    offered.addAll(postActions(shown.getContentAsString()));
                }
            }
            for (var answer : answers.entrySet()) {
                boolean may = mayAnswer.get(answer.getKey()).contains(role);
                softly.assertThat(offered.contains(answer.getKey())).as("%s offered %s", role, answer.getKey())
                        .isEqualTo(may);
                if (may) {
                    continue;
                }
                String before = world.fingerprint() + checks();
                long refusalsAudited = refusalsAudited(role);
                MockHttpServletRequestBuilder request = post(answer.getKey()).cookie(session).with(csrf());
                answer.getValue().forEach(request::param);
                MvcResult result = mvc.perform(request).andReturn();
                String as = role + " posts " + answer.getKey();
                softly.assertThat(result.getResponse().getStatus()).as(as).isEqualTo(403);
                softly.assertThat((String) result.getRequest().getAttribute("refusal")).as(as)
                        .startsWith(CHANGE_REFUSED_KEY);
                softly.assertThat(world.fingerprint() + checks()).as(as + ": nothing saved").isEqualTo(before);
                softly.assertThat(refusalsAudited(role)).as(as + ": audited").isGreaterThan(refusalsAudited);
            }
        }
        softly.assertAll();
        // The owner's confirmation and the coordinator's decision are taken.
        Cookie partner = login("partner");
        assertThat(mvc.perform(post(confirm).cookie(partner).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        MockHttpServletRequestBuilder move = post(decide).cookie(login("coordinator")).with(csrf());
        answers.get(decide).forEach(move::param);
        assertThat(mvc.perform(move).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(checks()).isEqualTo("0,0");
    }

    /** The checks waiting for the client: arrangements, measures. */
    private String checks() {
        return jdbc.sql("""
                        select concat_ws(',', (select count(*) from release_day_check where client_id = :c),
                          (select count(*) from measure_date_check where client_id = :c))""")
                .param("c", client.value()).query(String.class).single();
    }

    /** Refused decisions (and failed changes) this user has in the audit log for the client. */
    private long refusalsAudited(String username) {
        return jdbc.sql("""
                        select count(*) from audit_entry where actor_username = :u and subject_id = :c
                        and outcome in ('DENIED', 'FAILED')""")
                .param("u", username).param("c", client.toString()).query(Long.class).single();
    }

    @Test
    void theApiRefusesAChangeForTheRoleNeverForMissingConsent() throws Exception {
        String today = LocalDate.now().toString();
        String before = world.fingerprint();
        // The API says it in words: a write the role never makes is refused for the role; recording custody,
        // which some roles may, for the change.
        String api = "/api/v1/clients/" + client;
        for (var call : List.of(post(api + "/transitions").content("""
                        {"to": "WITHDREW", "effectiveOn": "%s", "reason": "Moved", "version": %d}""".formatted(today, version())),
                put(api + "/custody").content("""
                        {"conditionalReleaseDate": "%s", "reason": "Moved", "version": %d}""".formatted(today, version())),
                post(api + "/handover").content("""
                        {"newCoordinatorId": "%s", "on": "%s", "reason": "Leave", "version": %d}"""
                        .formatted(fixtures.actor("manager").userId(), today, version())))) {
            MvcResult answer = mvc.perform(call.contentType("application/json").with(httpBasic("partner", "demo")))
                    .andReturn();
            String uri = answer.getRequest().getRequestURI();
            assertThat(answer.getResponse().getStatus()).as(uri).isEqualTo(403);
            assertThat(answer.getResponse().getContentAsString()).as(uri).doesNotContain(NO_CONSENT)
                    .contains(uri.endsWith("/custody") ? CHANGE_REFUSED : "Your role does not allow this");
        }
        assertThat(world.fingerprint()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void prisonStaffOfTheInstitutionRecordTheCustodyFactsWithAReasonAndKeepTheRiskTheyMayNotSee() throws Exception {
        String risk = jdbc.sql("select risk_level from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(String.class).single();
        Cookie prison = login("prison");
        String form = mvc.perform(get("/clients/" + client + "/custody").cookie(prison)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("conditionalReleaseDate").doesNotContain("riskLevel");
        LocalDate moved = LocalDate.now().plusDays(80);
        mvc.perform(post("/clients/" + client + "/custody").cookie(prison).with(csrf())
                .param("institutionId", fixtures.organisation("Anstalten Umeå").toString())
                .param("conditionalReleaseDate", moved.toString()).param("reason", "Release moved by the prison")
                .param("version", "" + version()));
        assertThat(jdbc.sql("select release_date from client where id = :c").param("c", client.value())
                .query(LocalDate.class).single()).isEqualTo(moved);
        assertThat(jdbc.sql("select reason from key_date_change where client_id = :c and new_value = :d")
                .param("c", client.value()).param("d", moved).query(String.class).single())
                .isEqualTo("Release moved by the prison");
        assertThat(jdbc.sql("select risk_level from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(String.class).single()).isEqualTo(risk);
    }

    private long version() {
        return world.clientVersion();
    }

    private static List<String> postActions(String html) {
        List<String> actions = new ArrayList<>();
        Matcher m = POST_FORM.matcher(html);
        while (m.find()) {
            String action = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
            if (!action.equals("/logout")) {
                actions.add(action);
            }
        }
        return actions;
    }
}
