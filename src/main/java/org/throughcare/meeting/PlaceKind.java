package org.throughcare.meeting;

/**
 * Where a meeting is held: the custodial institution (with a room), a probation office, another organisation's
 * premises, by video (with a link) or by phone.
 */
public enum PlaceKind {
    INSTITUTION, PROBATION_OFFICE, OTHER_ORGANISATION, VIDEO, PHONE;

    /** Whether the place is an organisation's premises, named by {@code placeId}. */
    public boolean onPremises() {
        return this == INSTITUTION || this == PROBATION_OFFICE || this == OTHER_ORGANISATION;
    }
}
