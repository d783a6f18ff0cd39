package org.throughcare.notification;

import java.util.EnumSet;
import java.util.Set;
import org.throughcare.shared.DataCategory;

/**
 * What a notice is about, and what it reveals: a recipient is told only when the gate lets them read every
 * category the notice's content belongs to (the client's name is a basic fact; a measure is part of the plan).
 *
 * @param needsAcknowledgement the recipient confirms they have taken it in (a date others plan around moved)
 * @param tellsClient the client gets a notice of their own, which the coordinator passes on
 */
public enum NoticeKind {
    RELEASE_DATE_CHANGED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), true, true),
    MEASURE_ASSIGNED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    MEASURE_ACCEPTED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    MEASURE_DECLINED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    COORDINATOR_HANDED_OVER(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, false),
    CONSENT_WITHDRAWN(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, false),
    CONSENT_EXPIRING(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, false),
    // A transfer and an early release change where and when others meet the client: as a moved date, confirmed.
    CLIENT_TRANSFERRED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), true, true),
    EARLY_RELEASE_SET(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), true, true),
    CLIENT_RELEASED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, true),
    RETURNED_TO_CUSTODY(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, true),
    RESPONSIBLE_MUNICIPALITY_CHANGED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, true),
    // A meeting's day and place are custody facts (see the meeting module); its agenda is not in the notice.
    MEETING_BOOKED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), false, false),
    MEETING_RESCHEDULED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), true, false),
    MEETING_CANCELLED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), true, false),
    MEETING_NO_LONGER_FITS(EnumSet.of(DataCategory.BASIC_AND_CUSTODY), true, false),
    // A referral's notice names the client and that a referral of the plan moved; the service and the area (which
    // may tell of treatment) stay behind the gate on the referral page.
    REFERRAL_SENT(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_ACCEPTED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_DECLINED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_WAITING(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_STARTED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_COMPLETED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_ENDED_EARLY(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false),
    REFERRAL_CANCELLED(EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES), false, false);

    private final Set<DataCategory> reveals;
    private final boolean needsAcknowledgement;
    private final boolean tellsClient;

    NoticeKind(Set<DataCategory> reveals, boolean needsAcknowledgement, boolean tellsClient) {
        this.reveals = reveals;
        this.needsAcknowledgement = needsAcknowledgement;
        this.tellsClient = tellsClient;
    }

    public Set<DataCategory> reveals() {
        return EnumSet.copyOf(reveals);
    }

    public boolean needsAcknowledgement() {
        return needsAcknowledgement;
    }

    public boolean tellsClient() {
        return tellsClient;
    }
}
