package org.throughcare.group.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.throughcare.group.AddMember;
import org.throughcare.group.GroupRole;

/** The page's way of choosing a person: one list of users ("user:…") and directory contacts ("contact:…"). */
record MemberForm(@NotBlank @Pattern(regexp = "(user|contact):[0-9a-f-]{36}", message = "{jakarta.validation.constraints.NotNull.message}") String person,
                  @NotNull GroupRole role, @NotNull LocalDate from, @Size(max = 500) String reason) {

    AddMember toCommand() {
        UUID id = UUID.fromString(person.substring(person.indexOf(':') + 1));
        boolean user = person.startsWith("user:");
        return new AddMember(user ? id : null, user ? null : id, role, from, reason);
    }
}
