package org.throughcare.meeting;

/** PLANNED and RESCHEDULED meetings are still to come; a rescheduled one keeps its earlier times in its history. */
public enum MeetingStatus {
    PLANNED, RESCHEDULED, HELD, CANCELLED;

    public boolean open() {
        return this == PLANNED || this == RESCHEDULED;
    }
}
