package org.throughcare.followup.lessons;

import java.util.List;
import java.util.UUID;
import org.throughcare.shared.ResultPage;

/**
 * One page of an office's lessons log as the reader asked for it (words to find, a tag, a kind, an order), the
 * offices whose logs the reader may read, and whether they may write in this one.
 */
public record LessonsView(UUID officeId, String officeName, List<Office> readableOffices, LessonFilter filter,
                          ResultPage<LessonView> entries, boolean mayWrite) {

    public record Office(UUID id, String name) {
    }
}
