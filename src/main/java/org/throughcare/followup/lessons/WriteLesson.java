package org.throughcare.followup.lessons;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new entry of an office's lessons log: its kind and date, the monthly meeting it came from (if any), a title and
 * the text, for an agreed responsibility who took it on and from when, tags separated by commas, and the earlier
 * entry it corrects (entries are never edited: a correction is a new entry that names the one it corrects).
 */
public record WriteLesson(@NotNull LessonKind kind, @NotNull LocalDate entryOn, LocalDate meetingOn,
                          @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 4000) String body,
                          @Size(max = 200) String responsible, LocalDate responsibleFrom,
                          @Size(max = 400) String tags, UUID correctsId) {
}
