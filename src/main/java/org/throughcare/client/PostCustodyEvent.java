package org.throughcare.client;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A custody event sent by an agency's system. {@code eventId} is the sender's own id for it: sent again, it is
 * the same event. {@code occurredAt} is when the fact was decided at the source; an event older than one
 * already received for the same fact is kept as history and changes nothing.
 */
public record PostCustodyEvent(
        @Schema(description = "The sender's own id for the event; the same id twice is one event")
        @NotBlank @Size(max = 100) String eventId,
        @NotNull UUID clientId,
        @NotNull CustodyEventKind kind,
        @Schema(description = "The new conditional release date, the early release date, or the day of the "
                + "transfer, release, return or change of municipality")
        @NotNull LocalDate effectiveOn,
        @Schema(description = "When the fact was decided at the source; orders events that arrive out of order")
        @NotNull Instant occurredAt,
        @Schema(description = "TRANSFER and RETURNED_TO_CUSTODY: the institution the client goes to")
        UUID institutionId,
        @Schema(description = "MUNICIPALITY: the code of the newly responsible municipality")
        @Size(max = 10) String municipalityCode,
        @Schema(description = "EARLY_RELEASE: electronic monitoring or home detention curfew")
        EarlyReleaseType earlyReleaseType,
        @Schema(description = "RETURNED_TO_CUSTODY: recall or a new sentence")
        ReturnReason returnReason,
        @NotBlank @Size(max = 500) String reason) {

    RecordCustodyEvent asRecorded() {
        return new RecordCustodyEvent(effectiveOn, institutionId, municipalityCode, earlyReleaseType, returnReason,
                reason, null);
    }
}
