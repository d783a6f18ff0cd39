package org.throughcare.directory;

import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The hook for a service's waiting figures, computed from referrals: the typical waiting time (median days from
 * sent to started over the last twelve months) and how many referrals wait now. The referral module provides the
 * one bean; without it the directory shows both as not known rather than inventing them.
 */
@NamedInterface("api")
public interface WaitingTimes {

    Optional<Integer> medianDaysToStart(UUID serviceId);

    /** Referrals sent, accepted or waiting that the service has not started yet. */
    default Optional<Integer> queueLength(UUID serviceId) {
        return Optional.empty();
    }
}
