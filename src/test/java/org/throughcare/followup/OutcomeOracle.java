package org.throughcare.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.throughcare.shared.DataCategory;

/**
 * The leak oracle's part for the outcome endpoint ({@code /api/v1/clients/{id}/outcomes}), field by field with the
 * category each reveals: the release and return dates, each point's due date and status, a form's date, whether it
 * was entered afterwards and whether the client was back in custody by then: basic and custody facts (the whole
 * answer is refused without them); settled accommodation, occupation and a support contact: the needs assessment
 * (the areas of the same names); addiction treatment: health and substance use; debt advice: finances and debt.
 * The categories withheld are listed, and nothing else is in a form.
 */
public final class OutcomeOracle {

    /** Each field of a recorded form, and the category without which it must be null. */
    public static final Map<String, DataCategory> FORM_FIELDS = Map.ofEntries(
            Map.entry("id", DataCategory.BASIC_AND_CUSTODY),
            Map.entry("point", DataCategory.BASIC_AND_CUSTODY),
            Map.entry("recordedOn", DataCategory.BASIC_AND_CUSTODY),
            Map.entry("enteredAfterwards", DataCategory.BASIC_AND_CUSTODY),
            Map.entry("returnedToCustody", DataCategory.BASIC_AND_CUSTODY),
            Map.entry("settledAccommodation", DataCategory.NEEDS_ASSESSMENT),
            Map.entry("occupation", DataCategory.NEEDS_ASSESSMENT),
            Map.entry("supportContact", DataCategory.NEEDS_ASSESSMENT),
            Map.entry("addictionTreatment", DataCategory.HEALTH_AND_SUBSTANCE_USE),
            Map.entry("debtAdvice", DataCategory.FINANCES_AND_DEBT));

    private static final Set<DataCategory> ASKED = EnumSet.of(DataCategory.BASIC_AND_CUSTODY,
            DataCategory.NEEDS_ASSESSMENT, DataCategory.HEALTH_AND_SUBSTANCE_USE, DataCategory.FINANCES_AND_DEBT);

    private OutcomeOracle() {
    }

    /** @return how many recorded forms were checked */
    public static int check(String body, Set<DataCategory> readable, String as) {
        Set<String> withheld = new HashSet<>();
        ASKED.stream().filter(c -> !readable.contains(c)).forEach(c -> withheld.add(c.name()));
        assertThat(new HashSet<>(JsonPath.<List<String>>read(body, "$.withheld"))).as("%soutcome categories withheld", as)
                .isEqualTo(withheld);
        List<Map<String, Object>> forms = JsonPath.read(body, "$.points[?(@.form != null)].form");
        for (Map<String, Object> form : forms) {
            assertThat(FORM_FIELDS.keySet()).as("%severy field of a form is in the oracle", as)
                    .containsAll(form.keySet());
            FORM_FIELDS.forEach((field, category) -> assertThat(form.get(field) != null)
                    .as("%soutcome field %s shown", as, field).isEqualTo(readable.contains(category)));
        }
        return forms.size();
    }
}
