package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * One custody event of a client's history as its reader may see it: what changed, from and to what, who
 * recorded it (by name) and through which source, when it happened and when it was recorded. {@code applied}
 * is false for an event that arrived after a newer one of the same fact and so changed nothing. {@code reason}
 * is free text, absent for a reader who may not see criminal history (it says whatever the writer typed).
 * {@code enteredAfterwards}: recorded later than the day it happened (or, for a release date, was decided).
 */
@NamedInterface("api")
public record CustodyEventView(UUID id, CustodyEventKind kind, LocalDate effectiveOn, UUID fromInstitutionId,
                               String fromInstitution, UUID toInstitutionId, String toInstitution,
                               String fromMunicipality, String toMunicipality, EarlyReleaseType earlyReleaseType,
                               ReturnReason returnReason, String reason, CustodyEventSource source, String eventId,
                               String recordedBy, Instant occurredAt, Instant recordedAt, boolean applied,
                               boolean enteredAfterwards) {

    public CustodyEventView withoutReason() {
        return new CustodyEventView(id, kind, effectiveOn, fromInstitutionId, fromInstitution, toInstitutionId,
                toInstitution, fromMunicipality, toMunicipality, earlyReleaseType, returnReason, null, source, eventId,
                recordedBy, occurredAt, recordedAt, applied, enteredAfterwards);
    }
}
