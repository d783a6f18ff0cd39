package org.throughcare.client.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.throughcare.client.KeyDate;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * The one place a key date of a custody episode changes: the change is kept in the history, and a release
 * date that is set, moved or cleared is announced — the only publisher of {@link ReleaseDateChanged}, whether
 * the change comes from the custody form, a return to custody or, later, an inbound custody event.
 */
@Component
public class KeyDateHistory {

    private final ClientRecords records;
    private final ApplicationEventPublisher events;

    KeyDateHistory(ClientRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    /** {@code enteredAfterwards}: as the caller's record of the change says; announced with a release date. */
    public void changed(ClientId client, UUID episode, KeyDate field, LocalDate before, LocalDate after, String reason,
                        Actor actor, Instant at, boolean enteredAfterwards) {
        records.insertKeyDateChange(client.value(), episode, field, before, after, reason, actor.userId().value(), at);
        if (field == KeyDate.CONDITIONAL_RELEASE) {
            events.publishEvent(new ReleaseDateChanged(client, before, after, reason, actor.userId(), at,
                    enteredAfterwards));
        }
    }
}
