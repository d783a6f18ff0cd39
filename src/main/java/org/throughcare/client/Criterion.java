package org.throughcare.client;

/** The eligibility criteria of the reintegration study (D1). */
public enum Criterion {
    RELEASE_IN_WINDOW, RISK_MEDIUM_OR_HIGH, SENTENCE_LONG_ENOUGH, SEVERAL_AGENCIES, MOTIVATED, NO_EXPULSION;

    public enum Status { MET, NOT_MET, UNKNOWN }
}
