package org.throughcare.shared;

/** The kinds of client data a consent covers one by one; the access gate decides per category. */
public enum DataCategory {
    BASIC_AND_CUSTODY, NEEDS_ASSESSMENT, PLAN_AND_MEASURES, MEETING_MINUTES, HEALTH_AND_SUBSTANCE_USE,
    CRIMINAL_HISTORY_AND_RISK, FINANCES_AND_DEBT
}
