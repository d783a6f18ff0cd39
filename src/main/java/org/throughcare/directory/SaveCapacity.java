package org.throughcare.directory;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * A service's capacity as its own staff tell it from their queue: how many places are free, how many there are
 * at most, and what they are counted in. {@code version}: the service's version the change started from.
 */
@NamedInterface("api")
public record SaveCapacity(@Min(0) @Max(100000) Integer available, @Min(0) @Max(100000) Integer maximum,
                           @Size(max = 60) String unit, @NotNull Long version) {

    /** The same rule as the service form's: counted in a unit, and never more free than there are at most. */
    @AssertTrue(message = "{validation.service.capacity}")
    public boolean isConsistent() {
        boolean counted = available != null || maximum != null;
        boolean withinMaximum = available == null || maximum == null || available <= maximum;
        return (!counted || (unit != null && !unit.isBlank())) && withinMaximum;
    }
}
