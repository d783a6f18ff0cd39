package org.throughcare.followup.figures;

import java.util.Map;
import org.throughcare.followup.Cohort;

/**
 * The cohort's clients as a subquery on {@code followup_client}, for the sections that count in SQL. The same
 * condition as {@link CohortRows}'s; kept here in one place until the cohort rows publish theirs.
 */
final class CohortMembers {

    private CohortMembers() {
    }

    // replaced by CohortRows.members at merge
    static String of(Cohort cohort, Map<String, Object> params) {
        String column = switch (cohort.basis()) {
            case REFERRAL -> "referred_on";
            case ENROLMENT -> "enrolled_on";
            case RELEASE -> "released_on";
        };
        StringBuilder where = new StringBuilder("select client_id from followup_client where " + column
                + " between :from and :to");
        params.put("from", cohort.from());
        params.put("to", cohort.to());
        if (!cohort.offices().isEmpty()) {
            where.append(" and office_id in (:offices)");
            params.put("offices", cohort.offices());
        }
        if (!cohort.municipalities().isEmpty()) {
            where.append(" and municipality_code in (:municipalities)");
            params.put("municipalities", cohort.municipalities());
        }
        return where.toString();
    }
}
