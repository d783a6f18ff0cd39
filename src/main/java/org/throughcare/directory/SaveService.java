package org.throughcare.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.NeedArea;

/**
 * What the administrator or the organisation's own staff enter for a service. Required documents are one a
 * line; languages are ISO 639 codes ({@code sv}, {@code en}). {@code version} is the version the edit
 * started from; absent when creating.
 */
@NamedInterface("api")
public record SaveService(
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull ServiceStatus status,
        @Size(max = 2000) String eligibilityDescription,
        @NotEmpty List<@NotNull NeedArea> needAreas,
        List<@NotBlank @Size(max = 10) String> municipalityCodes,
        List<@NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "{validation.language}") String> languages,
        @Size(max = 2000) String howToRefer,
        @Size(max = 2000) String requiredDocuments,
        Boolean accredited,
        @Min(0) @Max(100000) Integer capacityAvailable,
        @Min(0) @Max(100000) Integer capacityMaximum,
        @Size(max = 60) String capacityUnit,
        Long version) {

    public SaveService {
        // Plain mutable lists: a hand-made form can send gaps (needAreas[4]) that the binder fills by index.
        needAreas = needAreas == null ? new ArrayList<>() : new ArrayList<>(needAreas);
        municipalityCodes = municipalityCodes == null ? new ArrayList<>() : new ArrayList<>(municipalityCodes);
        languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
        // A checkbox left empty sends nothing at all.
        accredited = Boolean.TRUE.equals(accredited);
    }

    public static SaveService emptyFor(UUID organisationId) {
        return new SaveService(organisationId, null, null, ServiceStatus.ACTIVE, null, null, null, null, null, null,
                false, null, null, null, null);
    }

    /** Capacity is counted in a unit ("places"), and never more is available than there is at most. */
    @AssertTrue(message = "{validation.service.capacity}")
    public boolean isCapacityConsistent() {
        boolean counted = capacityAvailable != null || capacityMaximum != null;
        boolean withinMaximum = capacityAvailable == null || capacityMaximum == null
                || capacityAvailable <= capacityMaximum;
        return (!counted || (capacityUnit != null && !capacityUnit.isBlank())) && withinMaximum;
    }
}
