package org.throughcare.plan;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.DataCategory;

/** The arrangements for the day of release; medication is health data. */
@NamedInterface("api")
public enum ReleaseDayItem {
    MET_AT_GATE, FIRST_NIGHT, IDENTITY_DOCUMENT, MEDICATION, MONEY_FIRST_DAYS, TRANSPORT, PROBATION_APPOINTMENT;

    public Set<DataCategory> categories() {
        return this == MEDICATION
                ? EnumSet.of(DataCategory.PLAN_AND_MEASURES, DataCategory.HEALTH_AND_SUBSTANCE_USE)
                : EnumSet.of(DataCategory.PLAN_AND_MEASURES);
    }
}
