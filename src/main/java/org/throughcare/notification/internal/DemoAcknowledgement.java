package org.throughcare.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.identity.UserSummaryView;
import org.throughcare.shared.Role;

/**
 * The demo's partners have acted on one notice: the social worker has acknowledged the demo's early release, while
 * the moved release date still waits for acknowledgement — so the inbox and the coordinator's "who has not
 * acknowledged" show both states. The demo's events are made into notices after the demo's transaction, by the
 * listeners, so this waits after the start until the early release's is, then acknowledges the earliest
 * early-release notice of a partner worker, once (not again once a partner has acknowledged one). Only with the
 * demo on.
 */
@Component
@ConditionalOnProperty(name = "throughcare.demo.enabled", havingValue = "true")
class DemoAcknowledgement {

    private static final Logger log = LoggerFactory.getLogger(DemoAcknowledgement.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Notices notices;
    private final IdentityManagement identity;
    private final Clock clock;

    DemoAcknowledgement(JdbcClient jdbc, Notices notices, IdentityManagement identity, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread waiting = new Thread(this::acknowledgeOnceDelivered, "demo-acknowledgement");
        waiting.setDaemon(true);
        waiting.start();
    }

    void acknowledgeOnceDelivered() {
        try {
            Instant deadline = clock.instant().plus(LONGEST_WAIT);
            while (!acknowledgeTheEarlyRelease() && !partnerAcknowledgedAnEarlyRelease()
                    && clock.instant().isBefore(deadline)) {
                Thread.sleep(500);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("The demo's acknowledgement was not made: {}", e.toString());
        }
    }

    /** Whether it acknowledged a notice now. */
    boolean acknowledgeTheEarlyRelease() {
        List<UUID> partners = partners();
        if (partners.isEmpty() || partnerAcknowledgedAnEarlyRelease()) {
            return false;
        }
        record Notice(UUID id, UUID recipient) {
        }
        return jdbc.sql("""
                        select n.id, n.recipient_id from notice n join notice_event e on e.id = n.event_id
                        where e.kind = 'EARLY_RELEASE_SET' and n.channel = 'IN_APP' and n.recipient_id in (:partners)
                        order by n.created_at, n.id limit 1""")
                .param("partners", partners).query((rs, i) -> new Notice(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class))).optional()
                .map(n -> {
                    notices.acknowledge(n.id(), n.recipient(), clock.instant());
                    return true;
                }).orElse(false);
    }

    private boolean partnerAcknowledgedAnEarlyRelease() {
        List<UUID> partners = partners();
        return !partners.isEmpty() && jdbc.sql("""
                        select count(*) from notice n join notice_event e on e.id = n.event_id
                        where e.kind = 'EARLY_RELEASE_SET' and n.recipient_id in (:partners)
                          and n.acknowledged_at is not null""")
                .param("partners", partners).query(Long.class).single() > 0;
    }

    private List<UUID> partners() {
        return identity.usersInRoles(Set.of(Role.PARTNER_WORKER)).stream().map(UserSummaryView::id).toList();
    }
}
