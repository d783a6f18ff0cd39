package org.throughcare.followup;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.client.ChangeStage;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.TestNumbers;
import org.throughcare.shared.Actor;
import org.throughcare.client.Stage;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;

/** Clients of the demo coordinator released (and returned) on given days, through the client module's lifecycle. */
public class OutcomeFixtures {

    public final PlanFixtures plan;
    private final JdbcClient jdbc;
    private final ClientLifecycle lifecycle;
    private final ClientManagement clients;

    public OutcomeFixtures(JdbcClient jdbc, ClientManagement clients, ClientLifecycle lifecycle, GroupManagement groups,
                           ConsentManagement consents) {
        this.jdbc = jdbc;
        this.lifecycle = lifecycle;
        this.clients = clients;
        this.plan = new PlanFixtures(jdbc, clients, groups, consents);
    }

    /** A client in custody; screening and consent are not what these tests are about, so enrolment is set directly. */
    public ClientId enrolled(String name, LocalDate enrolledOn) {
        ClientId client = plan.clientInCustody(name, 30);
        jdbc.sql("update client set stage = 'ENROLLED', stage_since = :on where id = :id").param("on", enrolledOn)
                .param("id", client.value()).update();
        return client;
    }

    /** A client released on the day given, through the lifecycle (so the stage history says so). */
    public ClientId released(String name, LocalDate releasedOn) {
        ClientId client = enrolled(name, releasedOn.minusMonths(6));
        move(client, Stage.RELEASED, releasedOn);
        return client;
    }

    public void move(ClientId client, Stage to, LocalDate on) {
        move(client, to, on, "coordinator");
    }

    public void move(ClientId client, Stage to, LocalDate on, String coordinator) {
        long version = jdbc.sql("select version from client where id = :id").param("id", client.value())
                .query(Long.class).single();
        lifecycle.changeStage(client, new ChangeStage(to, on, "Follow-up test", version), plan.actor(coordinator));
    }

    /** A client of another office's coordinator, released on the day given. */
    public ClientId releasedElsewhere(String coordinatorUsername, String municipality, String name, LocalDate on) {
        Actor coordinator = plan.actor(coordinatorUsername);
        LocalDate born = LocalDate.of(1985, 3, 1 + (int) (Math.random() * 27));
        ClientId client = clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born,
                Gender.MALE, "sv", false, municipality, coordinator.unitId().value(), coordinator.userId().value()),
                coordinator);
        jdbc.sql("update client set stage = 'ENROLLED', stage_since = :on where id = :id").param("on", on.minusMonths(6))
                .param("id", client.value()).update();
        move(client, Stage.RELEASED, on, coordinatorUsername);
        return client;
    }
}
