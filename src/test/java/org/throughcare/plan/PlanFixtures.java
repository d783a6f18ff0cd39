package org.throughcare.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.assessment.AreaAssessment;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.assessment.RecordAssessment;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.RiskLevel;
import org.throughcare.client.TestNumbers;
import org.throughcare.group.AddMember;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.group.RecordConsent;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** Clients with a group, consent and an assessment, built through the real services as the demo users. */
public class PlanFixtures {

    private static final Random RANDOM = new Random();

    private final JdbcClient jdbc;
    private final ClientManagement clients;
    private final GroupManagement groups;
    private final ConsentManagement consents;

    public PlanFixtures(JdbcClient jdbc, ClientManagement clients, GroupManagement groups, ConsentManagement consents) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.groups = groups;
        this.consents = consents;
    }

    public Actor actor(String username) {
        return org.throughcare.TestActors.actor(jdbc, username);
    }

    public UUID organisation(String name) {
        return org.throughcare.TestActors.organisation(jdbc, name);
    }

    /** A client of the demo coordinator in custody at Anstalten Umeå, released in {@code releaseInDays}. */
    public ClientId clientInCustody(String name, int releaseInDays) {
        Actor coordinator = actor("coordinator");
        LocalDate born = LocalDate.of(1970 + RANDOM.nextInt(30), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        ClientId client = clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born,
                Gender.MALE, "sv", false, "2480", coordinator.unitId().value(), coordinator.userId().value()), coordinator);
        long version = jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
        clients.recordCustody(client, new RecordCustody(organisation("Anstalten Umeå"), null, null,
                LocalDate.now().plusDays(releaseInDays), null, null, false, null, RiskLevel.MEDIUM, "LS/CMI",
                LocalDate.now().minusDays(3), null, version), coordinator);
        return client;
    }

    /** Adds the user to the group from today. */
    public void join(ClientId client, String username) {
        groups.addMember(client, new AddMember(actor(username).userId().value(), null, GroupRole.CASE_WORKER,
                today(client), null), actor("coordinator"));
    }

    /** Consent in force from today for the user's organisation and these categories. */
    public UUID consent(ClientId client, String username, DataCategory... categories) {
        return consents.record(client, new RecordConsent(ConsentForm.DIGITAL, today(client), null, true, "2026-1",
                null, List.of(actor(username).organisationId().value()), List.of(categories)), null, actor("coordinator"));
    }

    /**
     * Today, or the client's referral day where the application's clock runs ahead of the test's (the mail tests move
     * it forward): nothing of a case may begin before its referral.
     */
    private LocalDate today(ClientId client) {
        LocalDate referred = jdbc.sql("select referred_on from client where id = :id").param("id", client.value())
                .query(LocalDate.class).single();
        return referred.isAfter(LocalDate.now()) ? referred : LocalDate.now();
    }

    /** An assessment with every area at NO_NEED except those given (area, rating pairs). */
    public static RecordAssessment assessment(Integer basedOn, Object... ratings) {
        List<AreaAssessment> areas = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            Rating rating = Rating.NO_NEED;
            for (int i = 0; i < ratings.length; i += 2) {
                if (ratings[i] == area) {
                    rating = (Rating) ratings[i + 1];
                }
            }
            areas.add(new AreaAssessment(area, rating, "In my words: " + area, null, null));
        }
        return new RecordAssessment(LocalDate.now(), areas, basedOn);
    }
}
