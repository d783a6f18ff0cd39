package org.throughcare.followup;

/** Which date puts a client in a cohort: when they were referred, enrolled or released. */
public enum CohortBasis {
    REFERRAL, ENROLMENT, RELEASE
}
