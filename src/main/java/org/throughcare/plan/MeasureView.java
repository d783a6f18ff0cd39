package org.throughcare.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.throughcare.shared.NeedArea;

/**
 * A measure as the reader sees it. {@code mayAnswer}: the reader's organisation owns it and it awaits an
 * answer; {@code nextStatuses}: where the reader may move it; {@code mayNote}: they may write follow-up
 * notes; {@code mayEdit}: they may change it (the coordinator). {@code decidedAtMeeting}: the meeting whose decision
 * created or last changed it (null: none).
 */
public record MeasureView(UUID id, UUID clientId, NeedArea area, String description, MeasureType type,
                          UUID ownerOrganisationId, String ownerName, UUID responsibleUserId, UUID responsibleContactId,
                          String responsibleName, Phase phase, LocalDate startOn, LocalDate dueOn, MeasureStatus status,
                          String declineReason, String answeredBy, Instant answeredAt, long version, boolean overdue,
                          List<Note> notes, boolean mayAnswer, List<MeasureStatus> nextStatuses,
                          boolean mayNote, boolean mayEdit, DecidedAtMeeting decidedAtMeeting) {

    public record Note(LocalDate writtenOn, String text, String writtenBy, Instant writtenAt) {
    }

    /** Not yet accepted by the organisation that owns it. */
    public boolean unaccepted() {
        return status == MeasureStatus.PROPOSED || status == MeasureStatus.DECLINED;
    }
}
