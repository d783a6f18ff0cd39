package org.throughcare.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The release-day arrangements saved together, as the form shows them. */
public record ArrangeReleaseDay(@NotNull List<@NotNull @Valid ReleaseDayEntry> items) {
}
