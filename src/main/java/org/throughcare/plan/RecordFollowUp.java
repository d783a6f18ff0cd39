package org.throughcare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dated follow-up note on a measure. */
public record RecordFollowUp(@NotNull @PastOrPresent LocalDate writtenOn, @NotBlank @Size(max = 2000) String text) {
}
