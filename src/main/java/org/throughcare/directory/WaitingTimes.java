package org.throughcare.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * The hook for a service's typical waiting time (median days from sent to started). The referral module,
 * when it exists, provides the one bean; until then nothing does and the directory shows the time as not
 * yet known rather than inventing one.
 */
public interface WaitingTimes {

    Optional<Integer> medianDaysToStart(UUID serviceId);
}
