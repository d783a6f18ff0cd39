package org.throughcare.plan;

import java.time.Instant;
import java.util.UUID;

/** One release-day arrangement; {@code visible} false when consent does not cover it for the reader. */
public record ReleaseDayView(ReleaseDayItem item, boolean visible, String arrangement, UUID ownerOrganisationId,
                             String ownerName, String responsibleName, Long version, String updatedBy,
                             Instant updatedAt) {

    /** An owner is set, though the reader may see it only by a neutral label (see {@code OwnerSight}). */
    public boolean owned() {
        return ownerOrganisationId != null || ownerName != null;
    }
}
