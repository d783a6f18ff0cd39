package org.throughcare.meeting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.throughcare.meeting.RecordDecision;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.GroupPersonView;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NeedArea;

/**
 * A decision as the meeting page sends it. With {@code createsMeasure} it creates a plan measure described by the
 * decision's text: the responsible person is one choice among the group's people ({@code user:<id>} or
 * {@code contact:<id>}) and their organisation owns the measure. Changing an existing measure is done through the
 * API, which carries the measure's version.
 */
record DecisionForm(@NotBlank @Size(max = 1000) String text, boolean createsMeasure, NeedArea area, MeasureType type,
                    @Size(max = 120) String responsible, Phase phase, LocalDate dueOn) {

    /** Where the plan names a field of the measure, the page has its own. */
    static final Map<String, String> FIELDS = Map.of("responsibleUserId", "responsible", "responsibleContactId",
            "responsible", "ownerOrganisationId", "responsible", "description", "text", "dueOn", "dueOn");

    static DecisionForm empty() {
        return new DecisionForm(null, false, null, null, null, null, null);
    }

    RecordDecision toCommand(List<GroupPersonView> people) {
        if (!createsMeasure) {
            return new RecordDecision(text, null, null);
        }
        List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
        if (area == null) {
            problems.add(new InvalidInputException.Problem("area", "jakarta.validation.constraints.NotNull.message"));
        }
        if (type == null) {
            problems.add(new InvalidInputException.Problem("type", "jakarta.validation.constraints.NotNull.message"));
        }
        if (phase == null) {
            problems.add(new InvalidInputException.Problem("phase", "jakarta.validation.constraints.NotNull.message"));
        }
        GroupPersonView person = people.stream().filter(p -> p.key().equals(responsible)).findFirst().orElse(null);
        if (person == null) {
            problems.add(new InvalidInputException.Problem("responsible", "validation.measure.responsibleNotOfOwner"));
        }
        InvalidInputException.throwIfAny(problems);
        UUID owner = person.organisationId();
        return new RecordDecision(text, null, new AssignMeasure(area, text.strip(), type, owner, person.userId(),
                person.contactId(), phase, null, dueOn, null));
    }
}
