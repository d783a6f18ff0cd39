package org.throughcare.plan;

import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.EarlyReleaseSet;
import org.throughcare.client.ReleaseDateChanged;

/**
 * Custody events that move what the plan hangs on. Each is keyed as the notices key it (the recorded custody
 * event's id; a release date's change by client and instant), so a redelivery re-plans nothing twice.
 */
@Component
class ReleaseReplanningListener {

    private final Replanning replanning;
    private final ClientAccessFacts clients;

    ReleaseReplanningListener(Replanning replanning, ClientAccessFacts clients) {
        this.replanning = replanning;
        this.clients = clients;
    }

    @ApplicationModuleListener
    void on(ReleaseDateChanged event) {
        replanning.releaseDateMoved("release-date:" + event.clientId() + ":" + event.changedAt(), event.clientId(),
                event.previousDate(), event.newDate());
    }

    /** The release is to come on the early date instead of the one it replaces (an earlier early date, or the CRD). */
    @ApplicationModuleListener
    void on(EarlyReleaseSet event) {
        LocalDate before = event.previousDate() != null ? event.previousDate()
                : clients.conditionalReleaseDate(event.clientId()).orElse(null);
        replanning.releaseDateMoved("custody-event:" + event.custodyEventId(), event.clientId(), before, event.on());
    }

    @ApplicationModuleListener
    void on(ClientTransferred event) {
        replanning.transferred("custody-event:" + event.custodyEventId(), event.clientId(), event.fromInstitutionId());
    }
}
