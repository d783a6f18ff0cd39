package org.throughcare.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The release-day arrangements saved together, as the form shows them. */
@NamedInterface("api")
public record ArrangeReleaseDay(@NotNull List<@NotNull @Valid ReleaseDayEntry> items) {
}
