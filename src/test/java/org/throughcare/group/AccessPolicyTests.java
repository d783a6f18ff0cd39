package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** The gate on the real tables: facts gathered, decision taken, every decision audited. */
@IntegrationTest
class AccessPolicyTests {

    @Autowired
    AccessGate gate;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;
    @Autowired
    JdbcClient jdbc;

    private Actor actor(String username) {
        return org.throughcare.TestActors.actor(jdbc, username);
    }

    private UUID organisation(String name) {
        return org.throughcare.TestActors.organisation(jdbc, name);
    }

    private long audits(ClientId client, String outcome) {
        // Notices are decided in the background for their recipients, under their own purpose: not this call's.
        return jdbc.sql("select count(*) from audit_entry where subject_type = 'client' and subject_id = :c"
                        + " and action = 'READ' and outcome = :o and coalesce(purpose, '') <> 'notice disclosure'")
                .param("c", client.toString()).param("o", outcome).query(Long.class).single();
    }

    private ClientId clientInCustodyAtUmea() {
        Actor coordinator = actor("coordinator");
        LocalDate born = LocalDate.of(1986, 2, 14);
        ClientId id = clients.register(new RegisterClient("Gate Client", "SE", TestNumbers.personnummer(born), born,
                Gender.MALE, null, false, "2480", coordinator.unitId().value(), coordinator.userId().value()), coordinator);
        long version = jdbc.sql("select version from client where id = :id").param("id", id.value()).query(Long.class).single();
        clients.recordCustody(id, new RecordCustody(organisation("Anstalten Umeå"), null, null,
                LocalDate.now().plusMonths(3), null, null, false, null, null, null, null, null, version), coordinator);
        return id;
    }

    @Test
    void aPartnerSeesWhatConsentCoversAndNothingElseAndAWithdrawalCountsAtTheNextRequest() {
        ClientId client = clientInCustodyAtUmea();
        Actor coordinator = actor("coordinator");
        Actor partner = actor("partner");
        assertThat(gate.check(partner, client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "test"))
                .isEqualTo(Ground.NOT_IN_GROUP);
        groups.addMember(client, new AddMember(partner.userId().value(), null, GroupRole.CASE_WORKER,
                LocalDate.now(), null), coordinator);
        assertThat(gate.check(partner, client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "test"))
                .isEqualTo(Ground.NO_CONSENT);
        UUID consent = consents.record(client, new RecordConsent(ConsentForm.DIGITAL, LocalDate.now(), null, true,
                "2026-1", null, List.of(organisation("Socialtjänsten Umeå")),
                List.of(DataCategory.BASIC_AND_CUSTODY)), null, coordinator);
        assertThat(gate.check(partner, client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "test"))
                .isEqualTo(Ground.GROUP_MEMBER_WITH_CONSENT);
        assertThat(gate.check(partner, client, DataCategory.HEALTH_AND_SUBSTANCE_USE, Action.READ, "test"))
                .isEqualTo(Ground.NO_CONSENT);
        assertThat(gate.check(partner, client, DataCategory.BASIC_AND_CUSTODY, Action.WRITE, "test").allows()).isFalse();
        consents.withdraw(client, consent, new WithdrawConsent(LocalDate.now(), "Said so"), coordinator);
        assertThat(gate.check(partner, client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "test"))
                .isEqualTo(Ground.NO_CONSENT);
    }

    @Test
    void everyDecisionLeavesExactlyOneAuditEntry() {
        ClientId client = clientInCustodyAtUmea();
        long allowedBefore = audits(client, "ALLOWED");
        long deniedBefore = audits(client, "DENIED");
        gate.check(actor("coordinator"), client, DataCategory.NEEDS_ASSESSMENT, Action.READ, "client page");
        gate.check(actor("analyst"), client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "client page");
        gate.check(actor("partner"), client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "client page");
        assertThat(audits(client, "ALLOWED")).isEqualTo(allowedBefore + 1);
        assertThat(audits(client, "DENIED")).isEqualTo(deniedBefore + 2);
        assertThat(jdbc.sql("select details from audit_entry where subject_id = :c and actor_username = 'analyst'")
                .param("c", client.toString()).query(String.class).single())
                .isEqualTo("category=BASIC_AND_CUSTODY; ground=NO_CLIENT_DATA_FOR_ROLE");
    }

    @Test
    void severalCategoriesAtOnceAreDecidedAsOneByOneAndEachIsAudited() {
        ClientId client = clientInCustodyAtUmea();
        Actor partner = actor("partner");
        groups.addMember(client, new AddMember(partner.userId().value(), null, GroupRole.CASE_WORKER,
                LocalDate.now(), null), actor("coordinator"));
        consents.record(client, new RecordConsent(ConsentForm.DIGITAL, LocalDate.now(), null, true, "2026-1", null,
                List.of(organisation("Socialtjänsten Umeå")), List.of(DataCategory.PLAN_AND_MEASURES)), null,
                actor("coordinator"));
        long allowedBefore = audits(client, "ALLOWED");
        long deniedBefore = audits(client, "DENIED");
        var grounds = gate.checkEach(partner, client, java.util.EnumSet.of(DataCategory.PLAN_AND_MEASURES,
                DataCategory.HEALTH_AND_SUBSTANCE_USE, DataCategory.NEEDS_ASSESSMENT), Action.READ, "plan");
        assertThat(grounds).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                DataCategory.PLAN_AND_MEASURES, Ground.GROUP_MEMBER_WITH_CONSENT,
                DataCategory.HEALTH_AND_SUBSTANCE_USE, Ground.NO_CONSENT,
                DataCategory.NEEDS_ASSESSMENT, Ground.NO_CONSENT));
        assertThat(audits(client, "ALLOWED")).isEqualTo(allowedBefore + 1);
        assertThat(audits(client, "DENIED")).isEqualTo(deniedBefore + 2);
        grounds.forEach((category, ground) -> assertThat(gate.check(partner, client, category, Action.READ, "plan"))
                .isEqualTo(ground));
    }

    @Test
    void rolesSeeWhatTheRulesGiveThem() {
        ClientId client = clientInCustodyAtUmea();
        assertThat(gate.check(actor("coordinator"), client, DataCategory.FINANCES_AND_DEBT, Action.WRITE, "t"))
                .isEqualTo(Ground.CLIENT_COORDINATOR);
        assertThat(gate.check(actor("manager"), client, DataCategory.MEETING_MINUTES, Action.READ, "t"))
                .isEqualTo(Ground.OFFICE_MANAGER);
        assertThat(gate.check(actor("prison"), client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "t"))
                .isEqualTo(Ground.PRISON_CUSTODY);
        assertThat(gate.check(actor("prison"), client, DataCategory.CRIMINAL_HISTORY_AND_RISK, Action.READ, "t"))
                .isEqualTo(Ground.NOT_IN_GROUP);
        assertThat(gate.check(actor("coordinator.norrkoping"), client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "t"))
                .isEqualTo(Ground.NOT_IN_GROUP);
        assertThat(gate.check(actor("admin"), client, DataCategory.BASIC_AND_CUSTODY, Action.READ, "t"))
                .isEqualTo(Ground.NO_CLIENT_DATA_FOR_ROLE);
    }
}
