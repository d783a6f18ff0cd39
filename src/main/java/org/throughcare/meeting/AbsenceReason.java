package org.throughcare.meeting;

/** Why an invitee was absent: the Scottish evaluation's list of what goes wrong around meetings, and "other". */
public enum AbsenceReason {
    NOT_NOTIFIED, ILLNESS, NO_TRANSPORT, DECLINED, OTHER
}
