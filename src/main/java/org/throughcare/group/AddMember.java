package org.throughcare.group;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A person joins the group: a Throughcare user ({@code userId}) or a directory contact without an account
 * ({@code contactId}) — exactly one of the two. Their organisation is the one they belong to.
 */
@NamedInterface("api")
public record AddMember(UUID userId, UUID contactId, @NotNull GroupRole role, @NotNull LocalDate from,
                        @Size(max = 500) String reason) {
}
