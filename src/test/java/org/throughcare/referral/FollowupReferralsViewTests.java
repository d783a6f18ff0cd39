package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.throughcare.shared.ClientId;

/**
 * The read-only view the follow-up module reads referrals through: one row a referral with its dates and codes,
 * the outcome summed up from its goals, and none of its free text.
 */
@IntegrationTest
class FollowupReferralsViewTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    IdentityManagement identity;

    @Test
    void eachReferralIsOneRowWithItsDatesAndOutcomeAndNoFreeText() {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ReferralFixtures referralFixtures = new ReferralFixtures(jdbc, identity);
        ReferralRows rows = new ReferralRows(jdbc, clock, fixtures.actor("coordinator").userId().value());
        ClientId client = fixtures.clientInCustody("View Client", 30);
        UUID organisation = referralFixtures.organisation("Beroendemottagningen Umeå");
        UUID service = referralFixtures.addictionUmea();
        UUID completed = rows.add(client, service, organisation, 50, ReferralStatus.COMPLETED, 30);
        end(completed, ReferralStatus.COMPLETED, rows.daysAgo(2));
        goals(completed, "ACHIEVED", "ACHIEVED");
        UUID mixed = rows.add(client, service, organisation, 40, ReferralStatus.ENDED_EARLY, 20);
        end(mixed, ReferralStatus.ENDED_EARLY, rows.daysAgo(1));
        goals(mixed, "ACHIEVED", "NOT_ACHIEVED");
        UUID declined = rows.add(client, service, organisation, 10, ReferralStatus.DECLINED, null);
        end(declined, ReferralStatus.DECLINED, rows.daysAgo(9));
        UUID open = rows.add(client, service, organisation, 3, ReferralStatus.SENT, null);
        goals(open, (String) null);

        Map<String, Object> done = row(completed);
        assertThat(done).containsEntry("STATE", "COMPLETED").containsEntry("NEED_AREA", "SUBSTANCE_USE")
                .containsEntry("OUTCOME", "ACHIEVED").containsEntry("DECLINE_REASON_CODE", null);
        assertThat(instant(done.get("SENT_AT"))).isEqualTo(rows.daysAgo(50));
        assertThat(instant(done.get("STARTED_AT"))).isEqualTo(rows.daysAgo(30));
        assertThat(instant(done.get("ENDED_AT"))).isEqualTo(rows.daysAgo(2));
        assertThat(row(mixed)).containsEntry("OUTCOME", "PARTLY_ACHIEVED");
        assertThat(row(declined)).containsEntry("STATE", "DECLINED").containsEntry("DECLINE_REASON_CODE", "REASON_GIVEN")
                .containsEntry("OUTCOME", null).containsEntry("STARTED_AT", null);
        assertThat(instant(row(declined).get("ENDED_AT"))).isEqualTo(rows.daysAgo(9));
        assertThat(row(open)).containsEntry("OUTCOME", null).containsEntry("ENDED_AT", null)
                .containsEntry("ACCEPTED_AT", null);

        List<String> columns = List.copyOf(row(open).keySet());
        assertThat(columns).as("ids, states, dates and codes only").containsExactlyInAnyOrder("REFERRAL_ID",
                "CLIENT_ID", "SERVICE_ID", "ORGANISATION_ID", "NEED_AREA", "STATE", "SENT_AT", "ACCEPTED_AT",
                "STARTED_AT", "ENDED_AT", "DECLINE_REASON_CODE", "OUTCOME");
    }

    private Map<String, Object> row(UUID referral) {
        Map<String, Object> found = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        found.putAll(jdbc.sql("select * from followup_referrals where referral_id = :id").param("id", referral)
                .query().singleRow());
        Map<String, Object> upper = new java.util.HashMap<>();
        found.forEach((k, v) -> upper.put(k.toUpperCase(java.util.Locale.ROOT), v));
        return upper;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value);
    }

    private void end(UUID referral, ReferralStatus to, Instant at) {
        jdbc.sql("""
                insert into referral_change (id, referral_id, from_status, to_status, side, changed_by, changed_at)
                values (:id, :r, 'STARTED', :to, 'SERVICE', :by, :at)""")
                .param("id", UUID.randomUUID()).param("r", referral).param("to", to.name())
                .param("by", UUID.randomUUID()).param("at", java.sql.Timestamp.from(at)).update();
    }

    private void goals(UUID referral, String... outcomes) {
        for (int i = 0; i < outcomes.length; i++) {
            jdbc.sql("insert into referral_goal (referral_id, position, text, outcome) values (:r, :p, 'Goal', :o)")
                    .param("r", referral).param("p", i).param("o", outcomes[i]).update();
        }
    }
}
