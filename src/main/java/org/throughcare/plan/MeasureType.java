package org.throughcare.plan;

import org.springframework.modulith.NamedInterface;

/** What kind of help a measure is. */
@NamedInterface("api")
public enum MeasureType {
    TREATMENT, HOUSING, EMPLOYMENT_EDUCATION, DEBT_ADVICE, BENEFITS, IDENTITY_DOCUMENTS, SUPPORT_CONTACT,
    ACCREDITED_PROGRAMME, OTHER
}
