package org.throughcare.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/** A cancellation says why; {@code version} is the one the coordinator saw. */
@NamedInterface("api")
public record CancelMeeting(@NotBlank @Size(max = 1000) String reason, @NotNull Long version) {
}
