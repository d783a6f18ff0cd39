package org.throughcare.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.Together;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.notification.NoticeFixtures;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.ReferredMeasures;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;

/**
 * A member of the group refers for the measure their organisation owns; the service moves the referral, and the
 * referrer and the coordinator are told of each change while the measure follows it to its end.
 */
@IntegrationTest
class ReferralFeedbackTests {

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
    PlanManagement plans;
    @Autowired
    ReferralManagement referrals;
    @Autowired
    ReferredMeasures followingMeasures;

    PlanFixtures fixtures;
    NoticeFixtures notices;
    ReferralFixtures services;
    ClientId client;
    Actor partner;
    Actor addiction;

    @BeforeEach
    void theSocialServicesOwnTheSubstanceUseMeasureAndTheAddictionServiceIsCovered() {
        fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        notices = new NoticeFixtures(jdbc, clients);
        services = new ReferralFixtures(jdbc, identity);
        client = fixtures.clientInCustody("Feedback Client", 100);
        fixtures.join(client, "partner");
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.HEALTH_AND_SUBSTANCE_USE);
        fixtures.consent(client, "addiction", DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE);
        partner = fixtures.actor("partner");
        addiction = fixtures.actor("addiction");
    }

    private UUID measure(String description) {
        return plans.addMeasure(client, new AssignMeasure(NeedArea.SUBSTANCE_USE, description, MeasureType.OTHER,
                partner.organisationId().value(), partner.userId().value(), null, Phase.AFTER_RELEASE, null, null,
                null), fixtures.actor("coordinator"));
    }

    private UUID refer(UUID measure) {
        return referrals.send(client, new SendReferral(services.addictionUmea(), NeedArea.SUBSTANCE_USE,
                "Relapse after the last release", Urgency.URGENT, "An outpatient group",
                List.of("Drug-free for three months", "Back in work training"), measure, null), partner);
    }

    private String measureStatus(UUID measure) {
        return jdbc.sql("select status from plan_measure where id = :id").param("id", measure).query(String.class)
                .single();
    }

    private void awaitStatus(UUID measure, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> measureStatus(measure).equals(status));
    }

    @Test
    void theLinkedMeasureFollowsTheReferralAndTheReferrerAndCoordinatorAreTold() {
        UUID measure = measure("Outpatient addiction treatment");
        UUID referral = refer(measure);
        notices.awaitDelivered();
        assertThat(notices.noticesOf("coordinator", client)).as("the coordinator learns a member referred")
                .anyMatch(n -> n.startsWith("REFERRAL_SENT Feedback Client"));
        assertThat(notices.noticesOf("partner", client)).as("not told of their own change")
                .noneMatch(n -> n.startsWith("REFERRAL_SENT"));

        referrals.move(client, referral, new MoveReferral(ReferralStatus.ACCEPTED, null, null, List.of(), null, 0L),
                addiction);
        awaitStatus(measure, "ACCEPTED");
        referrals.move(client, referral, new MoveReferral(ReferralStatus.WAITING, null, LocalDate.now().plusDays(7),
                List.of(), null, 1L), addiction);
        referrals.move(client, referral, new MoveReferral(ReferralStatus.STARTED, null, null, List.of(), null, 2L),
                addiction);
        awaitStatus(measure, "IN_PROGRESS");
        referrals.move(client, referral, new MoveReferral(ReferralStatus.COMPLETED, null, null,
                List.of(GoalOutcome.NOT_ACHIEVED, GoalOutcome.PARTLY_ACHIEVED), "Completed the group", 3L), addiction);
        awaitStatus(measure, "DONE");
        notices.awaitDelivered();
        List<String> told = List.of("REFERRAL_COMPLETED", "REFERRAL_STARTED", "REFERRAL_WAITING", "REFERRAL_ACCEPTED");
        for (String username : List.of("partner", "coordinator")) {
            assertThat(notices.noticesOf(username, client).stream().map(n -> n.split(" ")[0])
                    .filter(k -> k.startsWith("REFERRAL_") && !k.equals("REFERRAL_SENT")).toList())
                    .as("%s told of every change", username).containsExactlyInAnyOrderElementsOf(told);
        }
        assertThat(notices.noticesOf("addiction", client)).as("the service is not told of its own changes").isEmpty();
        assertThat(jdbc.sql("select count(*) from plan_change where subject_id = :m and kind = 'MEASURE_STATUS'")
                .param("m", measure).query(Long.class).single()).as("each step in the plan's history").isEqualTo(3);
    }

    @Test
    void nothingAchievedOrEndedEarlyLeavesTheMeasureNotAchieved() {
        UUID measure = measure("Residential treatment");
        UUID referral = refer(measure);
        referrals.move(client, referral, new MoveReferral(ReferralStatus.ACCEPTED, null, null, List.of(), null, 0L),
                addiction);
        referrals.move(client, referral, new MoveReferral(ReferralStatus.STARTED, null, null, List.of(), null, 1L),
                addiction);
        referrals.move(client, referral, new MoveReferral(ReferralStatus.ENDED_EARLY, "Stopped coming after week 2",
                null, List.of(GoalOutcome.NOT_ACHIEVED, GoalOutcome.NOT_ACHIEVED), null, 2L), addiction);
        awaitStatus(measure, "NOT_ACHIEVED");

        UUID second = measure("Second try");
        UUID again = refer(second);
        referrals.move(client, again, new MoveReferral(ReferralStatus.ACCEPTED, null, null, List.of(), null, 0L),
                addiction);
        referrals.move(client, again, new MoveReferral(ReferralStatus.STARTED, null, null, List.of(), null, 1L),
                addiction);
        referrals.move(client, again, new MoveReferral(ReferralStatus.COMPLETED, null, null,
                List.of(GoalOutcome.NOT_ACHIEVED, GoalOutcome.NOT_ACHIEVED), null, 2L), addiction);
        awaitStatus(second, "NOT_ACHIEVED");
    }

    @Test
    void aMemberRefersOnlyInAnAreaWhereTheirOrganisationHasWork() {
        assertThatThrownBy(() -> refer(null)).isInstanceOf(AccessRefusedException.class)
                .extracting(e -> ((AccessRefusedException) e).reasonKey())
                .isEqualTo("error.changeRefused.referralArea");
        measure("Outpatient treatment");
        assertThat(refer(null)).isNotNull();
    }

    /**
     * A referral accepted, started and ended early within a moment: the three steps reach the measure as separate
     * events handled at once. Each round the measure must end not achieved, with its last history step saying so:
     * a step that lost the race for the measure's version is decided again, not dropped.
     */
    @Test
    void stepsArrivingTogetherAreNotLost() throws Exception {
        UUID by = fixtures.actor("coordinator").userId().value();
        for (int round = 0; round < 10; round++) {
            UUID measure = measure("Day programme " + round);
            UUID referral = UUID.randomUUID();
            List<MeasureStatus> steps = List.of(MeasureStatus.ACCEPTED, MeasureStatus.IN_PROGRESS,
                    MeasureStatus.NOT_ACHIEVED);
            Together.call(steps.stream().<java.util.concurrent.Callable<Boolean>>map(to ->
                    () -> followingMeasures.follow(client, measure, to, referral, by, Instant.now())).toList());
            assertThat(measureStatus(measure)).as("round %d", round).isEqualTo("NOT_ACHIEVED");
        }
    }
}
