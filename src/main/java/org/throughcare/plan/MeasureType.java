package org.throughcare.plan;

/** What kind of help a measure is. */
public enum MeasureType {
    TREATMENT, HOUSING, EMPLOYMENT_EDUCATION, DEBT_ADVICE, BENEFITS, IDENTITY_DOCUMENTS, SUPPORT_CONTACT,
    ACCREDITED_PROGRAMME, OTHER
}
