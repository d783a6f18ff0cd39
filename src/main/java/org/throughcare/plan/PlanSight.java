package org.throughcare.plan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NeedArea;

/** What one reader may see of a plan: the categories the gate allowed, and whether they may change it. */
record PlanSight(Set<DataCategory> categories, boolean responsibleForCase) {

    /** From the gate's grounds per category; the plan category itself was allowed, or the read was refused. */
    static PlanSight of(Map<DataCategory, Ground> grounds) {
        Set<DataCategory> allowed = EnumSet.noneOf(DataCategory.class);
        grounds.forEach((category, ground) -> {
            if (ground.allows()) {
                allowed.add(category);
            }
        });
        Ground plan = grounds.get(DataCategory.PLAN_AND_MEASURES);
        return new PlanSight(allowed, plan == Ground.CLIENT_COORDINATOR || plan == Ground.OFFICE_MANAGER);
    }

    boolean plan(NeedArea area) {
        return categories.containsAll(area.planCategories());
    }

    boolean rating(NeedArea area) {
        return categories.contains(area.category());
    }

    boolean item(ReleaseDayItem item) {
        return categories.containsAll(item.categories());
    }
}
