package org.throughcare.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.client.ClientReleased;
import org.throughcare.client.ClientTransferred;
import org.throughcare.client.EarlyReleaseSet;
import org.throughcare.client.ReleaseDateChanged;
import org.throughcare.meeting.internal.Meetings;
import org.throughcare.shared.ClientId;

/**
 * When the custody facts change — a moved release date, an early release, a transfer, a release — the meetings
 * still to come are checked against them ({@link MeetingRules#noLongerFits}); each that no longer fits is announced
 * for its invitees and the coordinator. The schedule and the flags are computed when read, so they follow at once.
 */
@Component
class MeetingCustodyListener {

    private final Meetings meetings;
    private final ClientAccessFacts accessFacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingCustodyListener(Meetings meetings, ClientAccessFacts accessFacts, ApplicationEventPublisher events,
                           Clock clock) {
        this.meetings = meetings;
        this.accessFacts = accessFacts;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReleaseDateChanged event) {
        if (event.newDate() != null) {
            check(event.clientId(), row -> event.newDate(), heldAt(event.clientId()),
                    "release-date:" + event.changedAt());
        }
    }

    @ApplicationModuleListener
    void on(EarlyReleaseSet event) {
        check(event.clientId(), row -> event.on(), heldAt(event.clientId()), "custody-event:" + event.custodyEventId());
    }

    @ApplicationModuleListener
    void on(ClientReleased event) {
        check(event.clientId(), row -> event.on(), null, "custody-event:" + event.custodyEventId());
    }

    @ApplicationModuleListener
    void on(ClientTransferred event) {
        // The release date stays; the institution changes.
        check(event.clientId(), Meetings.Row::releaseOn, event.toInstitutionId(), "custody-event:" + event.custodyEventId());
    }

    private UUID heldAt(ClientId client) {
        return accessFacts.of(client).map(ClientAccessFacts.Facts::custodyInstitutionId).orElse(null);
    }

    private void check(ClientId client, Function<Meetings.Row, LocalDate> release, UUID heldAt, String cause) {
        LocalDate today = LocalDate.now(clock);
        for (Meetings.Row row : meetings.ofClient(client.value())) {
            MeetingRules.Meeting meeting = MeetingQueries.forRules(java.util.List.of(row)).get(0);
            if (MeetingRules.noLongerFits(meeting, today, release.apply(row), heldAt)) {
                events.publishEvent(new MeetingNoLongerFits(client, row.id(), row.startsOn(),
                        meetings.invitees(row.id()).stream().map(Meetings.Invitee::userId).filter(Objects::nonNull)
                                .distinct().toList(), cause, clock.instant()));
            }
        }
    }
}
