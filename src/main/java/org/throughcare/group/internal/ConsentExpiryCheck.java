package org.throughcare.group.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.group.ConsentExpiring;
import org.throughcare.shared.ClientId;

/**
 * Once a day, announces each consent that runs out within {@link ConsentExpiring#WARNING_DAYS} days. The
 * consent remembers the end date it was announced for, in the transaction that publishes the event, so a
 * consent is announced once per end date however often the check runs, on however many nodes, and a day the
 * application was down is caught up on the next check. A consent extended to a new end date is announced again.
 */
@Component
public class ConsentExpiryCheck {

    private final Consents consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentExpiryCheck(Consents consents, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many consents it announced. */
    @Scheduled(cron = "${throughcare.consent.expiry-check-cron:0 15 6 * * *}", zone = "${throughcare.time-zone}")
    @Transactional
    public int announceExpiring() {
        LocalDate today = LocalDate.now(clock);
        var expiring = consents.expiringUnannounced(today, today.plusDays(ConsentExpiring.WARNING_DAYS));
        expiring.forEach(c -> {
            consents.expiryAnnounced(c.id(), c.validUntil());
            events.publishEvent(new ConsentExpiring(new ClientId(c.clientId()), c.id(), c.validUntil()));
        });
        return expiring.size();
    }
}
