package org.throughcare.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A custody event recorded on the client's custody page. {@code effectiveOn} is the event's date: the new
 * conditional release date, the early release date, or the day of the transfer, release, return or change of
 * municipality. {@code institutionId} is where a transfer or a return takes the client; {@code earlyReleaseType},
 * {@code returnReason} and {@code municipalityCode} belong to their kinds. {@code version} is the case version
 * the page showed.
 */
public record RecordCustodyEvent(@NotNull LocalDate effectiveOn, UUID institutionId,
                                 @Size(max = 10) String municipalityCode, EarlyReleaseType earlyReleaseType,
                                 ReturnReason returnReason, @NotBlank @Size(max = 500) String reason, Long version) {

    public static RecordCustodyEvent empty(long version) {
        return new RecordCustodyEvent(null, null, null, null, null, null, version);
    }
}
