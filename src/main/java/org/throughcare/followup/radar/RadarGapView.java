package org.throughcare.followup.radar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One open gap: whose case (the client's name only when the reader may read the client, null otherwise), its owner
 * (the case's coordinator, who sees it closed), the kind, since when the radar has seen it and for how many days,
 * and where it is put right.
 */
public record RadarGapView(UUID clientId, String clientName, String ownerName, String kind, LocalDate firstSeen,
                           long ageDays, String href) {
}
