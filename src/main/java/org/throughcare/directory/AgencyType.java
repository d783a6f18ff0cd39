package org.throughcare.directory;

import org.springframework.modulith.NamedInterface;

/** The kinds of agency that sit in a reintegration group, as the seeds name them. */
@NamedInterface("api")
public enum AgencyType {
    PROBATION,
    PRISON,
    SOCIAL_SERVICES,
    EMPLOYMENT_SERVICE,
    DEBT_ENFORCEMENT,
    SOCIAL_INSURANCE,
    POLICE,
    ADDICTION_CARE,
    PSYCHIATRY,
    HOUSING,
    CIVIL_SOCIETY,
    OTHER
}
