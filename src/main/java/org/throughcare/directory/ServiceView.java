package org.throughcare.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.NeedArea;

/**
 * A service with everything the directory knows about it: what a referral will point at (its id, its
 * organisation, the need areas it addresses, the municipalities it serves and whether it is active).
 * {@code waitingDays} (median days from sent to started) and {@code queueLength} (referrals not yet started) come
 * from referrals ({@link WaitingTimes}); empty while nothing computes them.
 */
@NamedInterface("api")
public record ServiceView(UUID id, long version, UUID organisationId, String organisationName, String name,
                          String description, ServiceStatus status, String eligibilityDescription,
                          List<NeedArea> needAreas, List<Municipality> municipalities, List<String> languages,
                          String howToRefer, List<String> requiredDocuments, boolean accredited, Capacity capacity,
                          Integer waitingDays, Integer queueLength, Instant updatedAt) {

    /** Places or slots: how many are free, how many there are at most, counted in what, and when last told. */
    public record Capacity(Integer available, Integer maximum, String unit, Instant updated) {
    }

    public boolean takesReferrals() {
        return status == ServiceStatus.ACTIVE;
    }

    public SaveService toForm() {
        return new SaveService(organisationId, name, description, status, eligibilityDescription, needAreas,
                municipalities.stream().map(Municipality::code).toList(), languages, howToRefer,
                String.join("\n", requiredDocuments), accredited, capacity.available(), capacity.maximum(),
                capacity.unit(), version);
    }
}
