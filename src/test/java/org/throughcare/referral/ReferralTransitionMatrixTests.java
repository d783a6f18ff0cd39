package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NeedArea;

/**
 * Every change of state (all 64 pairs of states) tried by every kind of user, against a matrix written out here
 * from the issue's words, not from the table: the receiving service answers, waits, starts and ends; the referrer
 * (and the case's coordinator or office manager) cancels an open referral; nobody else changes anything, and the
 * service's staff, once the referral is declined or cancelled, not even see it.
 */
@IntegrationTest
class ReferralTransitionMatrixTests {

    private static final Set<String> SERVICE_MOVES = Set.of("SENT>ACCEPTED", "SENT>DECLINED", "ACCEPTED>WAITING",
            "ACCEPTED>STARTED", "WAITING>STARTED", "STARTED>COMPLETED", "STARTED>ENDED_EARLY");
    private static final Set<String> REFERRER_MOVES = Set.of("SENT>CANCELLED", "ACCEPTED>CANCELLED",
            "WAITING>CANCELLED", "STARTED>CANCELLED");

    /** The user and the side they act on; null: the gate lets them change nothing of this referral. */
    private static final Map<String, String> USERS = new java.util.LinkedHashMap<>();

    static {
        USERS.put("coordinator", "REFERRER");
        USERS.put("manager", "REFERRER");
        USERS.put("addiction", "SERVICE");
        USERS.put("employment", "MEMBER");
        USERS.put("partner", null);
        USERS.put("prison", null);
        USERS.put("analyst", null);
        USERS.put("admin", null);
        USERS.put("coordinator.norrkoping", null);
    }

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

    private static String expected(String user, ReferralStatus from, ReferralStatus to) {
        String side = USERS.get(user);
        if (side == null) {
            return "REFUSED";
        }
        if (side.equals("SERVICE") && (from == ReferralStatus.DECLINED || from == ReferralStatus.CANCELLED)) {
            // Once declined or cancelled, the service's staff no longer reach the client: the gate says no.
            return "REFUSED";
        }
        String pair = from + ">" + to;
        if (!SERVICE_MOVES.contains(pair) && !REFERRER_MOVES.contains(pair)) {
            return "NOT_IN_TABLE";
        }
        boolean mine = side.equals("SERVICE") ? SERVICE_MOVES.contains(pair)
                : side.equals("REFERRER") && REFERRER_MOVES.contains(pair);
        return mine ? "ALLOWED" : "REFUSED";
    }

    @Test
    void everyTransitionByEveryKindOfUserIsAllowedOrRefusedAsTheIssueSays() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ReferralFixtures services = new ReferralFixtures(jdbc, identity);
        ClientId client = fixtures.clientInCustody("Matrix Client", 90);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.HEALTH_AND_SUBSTANCE_USE);
        UUID referral = referrals.send(client, new SendReferral(services.addictionUmea(), NeedArea.SUBSTANCE_USE,
                "Matrix", Urgency.ROUTINE, null, List.of("One goal"), null, null), fixtures.actor("coordinator"));

        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                for (String user : USERS.keySet()) {
                    put(referral, from);
                    String outcome = attempt(client, referral, to, user, fixtures);
                    tried++;
                    String want = expected(user, from, to);
                    if (!outcome.equals(want)) {
                        wrong.add(user + " " + from + "→" + to + ": " + outcome + ", expected " + want);
                    }
                }
            }
        }
        assertThat(tried).isEqualTo(64 * USERS.size());
        assertThat(wrong).as("transitions decided otherwise than the issue says").isEmpty();
    }

    private void put(UUID referral, ReferralStatus status) {
        jdbc.sql("update referral set status = :s where id = :id").param("s", status.name()).param("id", referral)
                .update();
    }

    private String attempt(ClientId client, UUID referral, ReferralStatus to, String user, PlanFixtures fixtures) {
        long version = jdbc.sql("select version from referral where id = :id").param("id", referral)
                .query(Long.class).single();
        boolean ending = to == ReferralStatus.COMPLETED || to == ReferralStatus.ENDED_EARLY;
        MoveReferral move = new MoveReferral(to, "Because", to == ReferralStatus.WAITING ? LocalDate.now().plusDays(3)
                : null, ending ? List.of(GoalOutcome.ACHIEVED) : List.of(), ending ? "Done" : null, version);
        try {
            referrals.move(client, referral, move, fixtures.actor(user));
            return "ALLOWED";
        } catch (AccessRefusedException e) {
            return "REFUSED";
        } catch (InvalidInputException e) {
            return e.problems().stream().anyMatch(p -> p.field().equals("to")) ? "NOT_IN_TABLE"
                    : "INVALID " + e.getMessage();
        }
    }
}
