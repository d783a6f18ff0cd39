package org.throughcare.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * One release-day arrangement: what is arranged, the organisation that owns it (from the group) and the
 * person there. {@code version} is the one the author saw (absent before the first save).
 */
@NamedInterface("api")
public record ReleaseDayEntry(@NotNull ReleaseDayItem item, @Size(max = 1000) String arrangement,
                              UUID ownerOrganisationId, @Size(max = 200) String responsibleName, Long version) {
}
