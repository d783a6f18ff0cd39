package org.throughcare.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The client withdrew the consent on a date, and how (in writing, by telling the coordinator…). */
public record WithdrawConsent(@NotNull @PastOrPresent LocalDate on, @NotBlank @Size(max = 200) String how) {
}
