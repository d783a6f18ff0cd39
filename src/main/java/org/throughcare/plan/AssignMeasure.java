package org.throughcare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.NeedArea;

/**
 * A measure as the coordinator writes it. The owning organisation must be in the client's group (or be the
 * coordinator's own); the responsible person is a user ({@code responsibleUserId}) or a directory contact
 * ({@code responsibleContactId}) from that organisation in the group — exactly one of the two.
 * {@code version} is absent for a new measure and the version the author saw for a change.
 */
@NamedInterface("api")
public record AssignMeasure(@NotNull NeedArea area, @NotBlank @Size(max = 1000) String description,
                          @NotNull MeasureType type, @NotNull UUID ownerOrganisationId, UUID responsibleUserId,
                          UUID responsibleContactId, @NotNull Phase phase, LocalDate startOn, LocalDate dueOn,
                          Long version) {
}
