package org.throughcare.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The areas of the needs and resources assessment, and the consent category each is read under: health and
 * substance use are health data, attitudes and criminal behaviour criminal-history data, money is finances.
 * The kernel holds them because the directory's services address the same areas (their HSDS taxonomy)
 * and the directory sits below the assessment.
 */
public enum NeedArea {
    ACCOMMODATION(DataCategory.NEEDS_ASSESSMENT),
    EMPLOYMENT_EDUCATION_TRAINING(DataCategory.NEEDS_ASSESSMENT),
    FINANCE_AND_DEBT(DataCategory.FINANCES_AND_DEBT),
    SUBSTANCE_USE(DataCategory.HEALTH_AND_SUBSTANCE_USE),
    MENTAL_HEALTH(DataCategory.HEALTH_AND_SUBSTANCE_USE),
    PHYSICAL_HEALTH(DataCategory.HEALTH_AND_SUBSTANCE_USE),
    FAMILY_AND_RELATIONSHIPS(DataCategory.NEEDS_ASSESSMENT),
    ATTITUDES_AND_CRIMINAL_BEHAVIOUR(DataCategory.CRIMINAL_HISTORY_AND_RISK),
    IDENTITY_DOCUMENTS_AND_BENEFITS(DataCategory.NEEDS_ASSESSMENT),
    SOCIAL_NETWORK_AND_LEISURE(DataCategory.NEEDS_ASSESSMENT);

    private final DataCategory category;

    NeedArea(DataCategory category) {
        this.category = category;
    }

    /** The category an assessment of this area is read under. */
    public DataCategory category() {
        return category;
    }

    /**
     * What reading plan work in this area needs: the plan itself, and the area's own category where that is
     * more sensitive than the assessment in general (a treatment measure tells of substance use).
     */
    public Set<DataCategory> planCategories() {
        return category == DataCategory.NEEDS_ASSESSMENT ? EnumSet.of(DataCategory.PLAN_AND_MEASURES)
                : EnumSet.of(DataCategory.PLAN_AND_MEASURES, category);
    }

    public static Set<DataCategory> assessmentCategories() {
        Set<DataCategory> all = EnumSet.noneOf(DataCategory.class);
        for (NeedArea area : values()) {
            all.add(area.category);
        }
        return all;
    }
}
