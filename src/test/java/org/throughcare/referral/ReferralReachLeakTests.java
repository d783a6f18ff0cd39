package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NeedArea;

/**
 * Generated worlds for the receiving service's staff: a consent for the addiction service's organisation of random
 * scope (perhaps withdrawn), a referral there (if that consent lets one be sent) left in a random state, and a client
 * never referred. The oracle, stated here: the service's worker reads a category of the referred client exactly
 * while a referral is neither declined nor cancelled and a consent in force covers their organisation for it; the
 * other client, never.
 */
@IntegrationTest
class ReferralReachLeakTests {

    private static final int WORLDS = 12;

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
    IdentityManagement identity;
    @Autowired
    ReferralManagement referrals;

    @Test
    void theServiceSeesOnlyWhatConsentCoversOfTheClientsReferredToIt() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ReferralFixtures services = new ReferralFixtures(jdbc, identity);
        Actor coordinator = fixtures.actor("coordinator");
        Actor worker = fixtures.actor("addiction");
        UUID organisation = worker.organisationId().value();
        Random random = new Random(20261129);
        int shown = 0;
        int hidden = 0;
        for (int w = 0; w < WORLDS; w++) {
            String name = "Reach " + random.ints(10, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            ClientId client = fixtures.clientInCustody(name, 90);
            ClientId other = fixtures.clientInCustody(name + " Other", 90);
            fixtures.consent(other, "addiction", DataCategory.values());
            Set<DataCategory> scope = EnumSet.noneOf(DataCategory.class);
            for (DataCategory category : DataCategory.values()) {
                if (random.nextBoolean()) {
                    scope.add(category);
                }
            }
            scope.add(DataCategory.values()[random.nextInt(DataCategory.values().length)]);
            UUID consent = consents.record(client, new RecordConsent(ConsentForm.DIGITAL, LocalDate.now(), null, true,
                    "2026-1", null, List.of(organisation), List.copyOf(scope)), null, coordinator);
            UUID referral = null;
            ReferralStatus state = null;
            try {
                referral = referrals.send(client, new SendReferral(services.addictionUmea(), NeedArea.SUBSTANCE_USE,
                        "reach" + w, Urgency.ROUTINE, null, List.of("goal"), null, null), coordinator);
                state = ReferralStatus.values()[random.nextInt(ReferralStatus.values().length)];
                jdbc.sql("update referral set status = :s where id = :id").param("s", state.name())
                        .param("id", referral).update();
            } catch (InvalidInputException notCovered) {
                assertThat(scope).as("refused only without health consent").doesNotContain(
                        DataCategory.HEALTH_AND_SUBSTANCE_USE);
            }
            boolean withdrawn = random.nextInt(4) == 0;
            if (withdrawn) {
                consents.withdraw(client, consent, new WithdrawConsent(LocalDate.now(), "by phone"), coordinator);
            }
            boolean reached = state != null && state != ReferralStatus.DECLINED && state != ReferralStatus.CANCELLED;
            Set<DataCategory> readable = reached && !withdrawn ? scope : EnumSet.noneOf(DataCategory.class);
            String in = "world " + w + " (" + state + ", " + scope + (withdrawn ? ", withdrawn" : "") + "): ";
            String base = "/api/v1/clients/" + client;
            check(base, readable.contains(DataCategory.BASIC_AND_CUSTODY), name, in);
            check(base + "/group", readable.contains(DataCategory.BASIC_AND_CUSTODY), name, in);
            check(base + "/plan", readable.contains(DataCategory.PLAN_AND_MEASURES), name, in);
            check(base + "/meetings", readable.contains(DataCategory.BASIC_AND_CUSTODY), name, in);
            if (referral != null) {
                boolean sees = readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE);
                MockHttpServletResponse one = check("/api/v1/referrals/" + referral, sees, name, in);
                if (sees) {
                    assertThat(one.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).contains(name))
                            .as("%sthe name only with basic facts", in)
                            .isEqualTo(readable.contains(DataCategory.BASIC_AND_CUSTODY));
                }
                shown += sees ? 1 : 0;
                hidden += sees ? 0 : 1;
            }
            // Consent for the other client covers everything; but nothing refers them to this service.
            for (String path : new String[] {"", "/group", "/plan", "/referrals"}) {
                check("/api/v1/clients/" + other + path, false, name, in + "the other client ");
            }
        }
        assertThat(List.of(shown, hidden)).as("the worlds show and hide referrals").allMatch(n -> n > 0);
    }

    private MockHttpServletResponse check(String path, boolean allowed, String name, String in) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic("addiction", "demo"))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("%sGET %s", in, path).isEqualTo(allowed ? 200 : 403);
        if (!allowed) {
            assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .as("%sa refusal names nobody", in).doesNotContain(name);
        }
        return response;
    }
}
