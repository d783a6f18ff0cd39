package org.throughcare.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.directory.WaitingTimes;

/**
 * A service's waiting figures from its referrals. The typical waiting time is the median of the days from sent to
 * started (calendar days in the application's zone) of the referrals started in the last twelve months; with an even
 * number of them, the mean of the middle two, a half rounded up. Service figures, not client data: no gate.
 */
@Component
class ReferralWaitingTimes implements WaitingTimes {

    static final int MONTHS = 12;

    private final ReferralWaiting waiting;
    private final Clock clock;

    ReferralWaitingTimes(ReferralWaiting waiting, Clock clock) {
        this.waiting = waiting;
        this.clock = clock;
    }

    @Override
    public Optional<Integer> medianDaysToStart(UUID serviceId) {
        ZoneId zone = clock.getZone();
        Instant since = clock.instant().atZone(zone).minusMonths(MONTHS).toInstant();
        List<Long> days = waiting.startedSince(serviceId, since).stream()
                .map(s -> ChronoUnit.DAYS.between(LocalDate.ofInstant(s.sentAt(), zone),
                        LocalDate.ofInstant(s.startedAt(), zone))).toList();
        return median(days);
    }

    @Override
    public Optional<Integer> queueLength(UUID serviceId) {
        return Optional.of(waiting.queueLength(serviceId));
    }

    static Optional<Integer> median(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle).intValue());
        }
        return Optional.of((int) Math.round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0));
    }
}
