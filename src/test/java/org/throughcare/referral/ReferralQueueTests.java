package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.PageRequest;

/**
 * The service side of referrals: the waiting figures worked out by hand from referrals written with known days,
 * the queue's order, places and days waiting, what the gate lets the service's staff see of each, and who may
 * tell a service's capacity.
 */
@IntegrationTest
class ReferralQueueTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
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
    ReferralQueue queue;
    @Autowired
    UserDetailsService accounts;

    PlanFixtures fixtures;
    ReferralFixtures referralFixtures;
    ReferralRows rows;
    UUID addictionOrganisation;
    UUID service;
    ClientId client;

    @BeforeEach
    void aFreshServiceAtTheAddictionClinicAndAClientWhoseConsentCoversIt() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        referralFixtures = new ReferralFixtures(jdbc, identity);
        rows = new ReferralRows(jdbc, clock, fixtures.actor("coordinator").userId().value());
        addictionOrganisation = referralFixtures.organisation("Beroendemottagningen Umeå");
        service = services.createService(fixtures.actor("admin"), new SaveService(addictionOrganisation,
                "Kögrupp " + UUID.randomUUID(), null, ServiceStatus.ACTIVE, null, List.of(NeedArea.SUBSTANCE_USE),
                List.of("2480"), List.of("sv"), null, null, false, null, null, null, null));
        client = fixtures.clientInCustody("Queue Client", 60);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
    }

    private UUID referral(ClientId who, int sentDaysAgo, ReferralStatus status, Integer startedDaysAgo) {
        return rows.add(who, service, addictionOrganisation, sentDaysAgo, status, startedDaysAgo);
    }

    @Test
    void theTypicalWaitIsTheMedianOfTheLastTwelveMonthsStartsAndTheQueueCountsThoseNotYetStarted() throws Exception {
        referral(client, 100, ReferralStatus.COMPLETED, 90);   // waited 10 days
        referral(client, 60, ReferralStatus.STARTED, 57);      // 3
        referral(client, 40, ReferralStatus.ENDED_EARLY, 12);  // 28
        referral(client, 30, ReferralStatus.STARTED, 10);      // 20
        referral(client, 500, ReferralStatus.COMPLETED, 400);  // 100, but started more than twelve months ago
        referral(client, 20, ReferralStatus.WAITING, null);
        referral(client, 5, ReferralStatus.SENT, null);
        referral(client, 8, ReferralStatus.DECLINED, null);
        referral(client, 7, ReferralStatus.CANCELLED, null);
        // 3, 10, 20, 28: the median is (10 + 20) / 2 = 15; waiting: the WAITING and the SENT one.

        mvc.perform(get("/api/v1/services/" + service).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waitingDays").value(15))
                .andExpect(jsonPath("$.queueLength").value(2));
        mvc.perform(get("/directory/services/" + service).with(user(accounts.loadUserByUsername("coordinator")))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15 days (median from sent to started)")))
                .andExpect(content().string(containsString("2 referrals waiting to start")));

        long version = services.service(service).version();
        mvc.perform(put("/api/v1/services/" + service + "/capacity").with(httpBasic("addiction", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 1, \"maximum\": 6, \"unit\": \"platser\", \"version\": " + version + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/hsds/services/" + service).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacities[0].available").value(1))
                .andExpect(jsonPath("$.capacities[0].description").value(
                        "Typical wait 15 days from referral sent to started (median, last 12 months); "
                                + "2 referrals waiting to start."));
    }

    @Test
    void aServiceWithoutStartedReferralsHasNoTypicalWaitAndAnEmptyQueue() throws Exception {
        mvc.perform(get("/api/v1/services/" + service).with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waitingDays").doesNotExist())
                .andExpect(jsonPath("$.queueLength").value(0));
    }

    @Test
    void theWaitingListIsInTheOrderSentWithEachReferralsPlaceAndDaysWaiting() throws Exception {
        UUID fiveDays = referral(client, 5, ReferralStatus.SENT, null);
        UUID twentyDays = referral(client, 20, ReferralStatus.WAITING, null);
        UUID nineDays = referral(client, 9, ReferralStatus.ACCEPTED, null);
        UUID started = referral(client, 30, ReferralStatus.STARTED, 10);

        QueueView waiting = queue.queue(fixtures.actor("addiction"), QueueView.Part.WAITING, PageRequest.of(0, 100));
        List<QueueLineView> ours = waiting.lines().items().stream().filter(l -> l.serviceId().equals(service)).toList();
        assertThat(ours).extracting(QueueLineView::referralId).containsExactly(twentyDays, nineDays, fiveDays);
        assertThat(ours).extracting(QueueLineView::position).containsExactly(1, 2, 3);
        assertThat(ours).extracting(QueueLineView::days).containsExactly(20L, 9L, 5L);
        assertThat(ours).allSatisfy(l -> {
            assertThat(l.readable()).isTrue();
            assertThat(l.clientName()).isEqualTo("Queue Client");
            assertThat(l.needArea()).isEqualTo(NeedArea.SUBSTANCE_USE);
        });
        assertThat(waiting.services()).extracting(s -> s.id()).contains(service);

        QueueView underWay = queue.queue(fixtures.actor("addiction"), QueueView.Part.UNDER_WAY, PageRequest.of(0, 100));
        assertThat(underWay.lines().items().stream().filter(l -> l.serviceId().equals(service)))
                .singleElement().satisfies(l -> {
                    assertThat(l.referralId()).isEqualTo(started);
                    assertThat(l.days()).as("days it waited until started").isEqualTo(20L);
                });

        mvc.perform(get("/referrals/queue").with(user(accounts.loadUserByUsername("addiction"))).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"referral-" + twentyDays + "\"")))
                .andExpect(content().string(containsString("Queue Client")));
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("addiction"))).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Referrals to us")));
    }

    @Test
    void theQueueShowsOnlyWhatConsentCoversAndNothingOfOtherOrganisationsReferrals() throws Exception {
        ClientId nameNotCovered = fixtures.clientInCustody("Health Only Client", 60);
        fixtures.consent(nameNotCovered, "addiction", DataCategory.HEALTH_AND_SUBSTANCE_USE);
        UUID healthOnly = referral(nameNotCovered, 4, ReferralStatus.SENT, null);
        ClientId withdrawn = fixtures.clientInCustody("Withdrawn Client", 60);
        UUID consent = fixtures.consent(withdrawn, "addiction", DataCategory.BASIC_AND_CUSTODY,
                DataCategory.HEALTH_AND_SUBSTANCE_USE);
        UUID gone = referral(withdrawn, 3, ReferralStatus.SENT, null);
        consents.withdraw(withdrawn, consent, new WithdrawConsent(LocalDate.now(clock), "Told the coordinator"),
                fixtures.actor("coordinator"));
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        List<QueueLineView> ours = queue.queue(fixtures.actor("addiction"), QueueView.Part.WAITING,
                PageRequest.of(0, 100)).lines().items().stream().filter(l -> l.serviceId().equals(service)).toList();
        assertThat(ours).filteredOn(l -> l.referralId().equals(healthOnly)).singleElement().satisfies(l -> {
            assertThat(l.readable()).isTrue();
            assertThat(l.clientName()).as("basic facts not covered").isNull();
        });
        assertThat(ours).filteredOn(l -> l.referralId().equals(gone)).singleElement().satisfies(l -> {
            assertThat(l.readable()).isFalse();
            assertThat(l.clientId()).isNull();
            assertThat(l.clientName()).isNull();
            assertThat(l.needArea()).isNull();
            assertThat(l.urgency()).isNull();
            assertThat(l.position()).as("keeps its place").isEqualTo(2);
        });
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where id > :mark and subject_id = :client and outcome = 'DENIED'
                and purpose = 'referral queue'""").param("mark", mark).param("client", withdrawn.toString())
                .query(Long.class).single()).as("the refused read is audited").isPositive();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where id > :mark and subject_id = :client and outcome = 'ALLOWED'
                and purpose = 'referral queue'""").param("mark", mark).param("client", nameNotCovered.toString())
                .query(Long.class).single()).as("the allowed read is audited").isPositive();

        // Another organisation's worker: their own queue, none of this service's referrals.
        assertThat(queue.queue(fixtures.actor("employment"), QueueView.Part.WAITING, PageRequest.of(0, 100))
                .lines().items()).noneMatch(l -> l.serviceId().equals(service));
        mvc.perform(get("/referrals/queue").with(user(accounts.loadUserByUsername("employment"))).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Health Only Client"))))
                .andExpect(content().string(not(containsString(healthOnly.toString()))));
    }

    @Test
    void onlyTheStaffOfReceivingOrganisationsHaveAQueueAndOthersAreToldWhy() throws Exception {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> queue.queue(fixtures.actor("admin"),
                QueueView.Part.WAITING, PageRequest.of(0, 20)))).isInstanceOf(AccessRefusedException.class);
        mvc.perform(get("/referrals/queue").with(user(accounts.loadUserByUsername("admin"))).locale(Locale.ENGLISH))
                .andExpect(status().isForbidden())
                // The 403 page tells this reason (MockMvc renders no error page: the reason it is given is checked).
                .andExpect(request().attribute("refusal", "error.referralQueue.notReceivingStaff"));
        mvc.perform(get("/referrals/queue").with(user(accounts.loadUserByUsername("coordinator"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REFERRAL_QUEUE' and outcome = 'DENIED' "
                + "and actor_username = 'admin'").query(Long.class).single()).as("refusal audited").isPositive();
    }

    @Test
    void theServicesOwnStaffTellItsCapacityAndOthersAreRefused() throws Exception {
        long version = services.service(service).version();
        String url = "/api/v1/services/" + service + "/capacity";
        mvc.perform(put(url).with(httpBasic("employment", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 3, \"maximum\": 5, \"unit\": \"places\", \"version\": " + version + "}"))
                .andExpect(status().isForbidden());
        assertThat(services.service(service).capacity().available()).as("unchanged").isNull();
        mvc.perform(put(url).with(httpBasic("addiction", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 9, \"maximum\": 5, \"unit\": \"places\", \"version\": " + version + "}")
                        .locale(Locale.forLanguageTag("sv")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Ange vad kapaciteten räknas i, och inte fler lediga än som mest.")));
        mvc.perform(put(url).with(httpBasic("addiction", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 3, \"maximum\": 5, \"version\": " + version + "}")
                        .locale(Locale.forLanguageTag("nb")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Oppgi hva kapasiteten telles i, og ikke flere ledige enn høyst.")));
        assertThat(services.service(service).capacity().available()).as("nothing half-saved").isNull();
        mvc.perform(put(url).with(httpBasic("addiction", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 3, \"maximum\": 5, \"unit\": \"places\", \"version\": " + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity.available").value(3))
                .andExpect(jsonPath("$.capacity.maximum").value(5))
                .andExpect(jsonPath("$.capacity.unit").value("places"));
        mvc.perform(put(url).with(httpBasic("addiction", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"available\": 2, \"maximum\": 5, \"unit\": \"places\", \"version\": " + version + "}"))
                .andExpect(status().isConflict());

        // The same on the service page: its staff see the form and save; another organisation gets neither.
        long now = services.service(service).version();
        mvc.perform(get("/directory/services/" + service).with(user(accounts.loadUserByUsername("addiction")))
                        .locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Save capacity")));
        mvc.perform(get("/directory/services/" + service).with(user(accounts.loadUserByUsername("employment")))
                        .locale(Locale.ENGLISH))
                .andExpect(content().string(not(containsString("Save capacity"))));
        mvc.perform(post("/directory/services/" + service + "/capacity").with(csrf())
                        .with(user(accounts.loadUserByUsername("employment")))
                        .param("available", "0").param("maximum", "5").param("unit", "places")
                        .param("version", String.valueOf(now)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/directory/services/" + service + "/capacity").with(csrf())
                        .with(user(accounts.loadUserByUsername("addiction"))).locale(Locale.forLanguageTag("sv"))
                        .param("available", "7").param("maximum", "5").param("unit", "places")
                        .param("version", String.valueOf(now)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange vad kapaciteten räknas i")));
        mvc.perform(post("/directory/services/" + service + "/capacity").with(csrf())
                        .with(user(accounts.loadUserByUsername("addiction")))
                        .param("available", "0").param("maximum", "5").param("unit", "places")
                        .param("version", String.valueOf(now)))
                .andExpect(redirectedUrl("/directory/services/" + service));
        assertThat(services.service(service).capacity().available()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where action = 'SERVICE_CHANGE' and outcome = 'DENIED'
                and actor_username = 'employment' and subject_id = :org""").param("org", addictionOrganisation.toString())
                .query(Long.class).single()).as("refusals audited").isGreaterThanOrEqualTo(2);
    }
}
