package org.throughcare.followup.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An entry of the lessons log as written, with who wrote it and when; {@code correctedBy}: later entries that
 * correct it (the log is append-only, so what was agreed stays readable as it was written).
 */
public record LessonView(UUID id, LessonKind kind, LocalDate entryOn, LocalDate meetingOn, String title, String body,
                         String responsible, LocalDate responsibleFrom, List<String> tags, UUID correctsId,
                         List<UUID> correctedBy, String writtenBy, Instant writtenAt) {
}
