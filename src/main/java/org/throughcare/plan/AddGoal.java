package org.throughcare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.NeedArea;

/** A goal for one need area, in words the client recognises. */
@NamedInterface("api")
public record AddGoal(@NotNull NeedArea area, @NotBlank @Size(max = 1000) String description) {
}
