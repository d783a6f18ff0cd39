package org.throughcare.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

@NamedInterface("api")
public record AddMunicipality(
        @NotBlank @Pattern(regexp = "[0-9]{1,10}", message = "{validation.municipalityCode}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}") String country) {
}
