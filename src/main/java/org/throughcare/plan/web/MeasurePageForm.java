package org.throughcare.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.throughcare.shared.NeedArea;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureView;
import org.throughcare.plan.Phase;

/**
 * The measure form as a page shows it: the responsible person is one choice among the group's people
 * ({@code user:<id>} or {@code contact:<id>}, see {@code GroupPersonView.key()}).
 */
record MeasurePageForm(@NotNull NeedArea area, @NotBlank @Size(max = 1000) String description,
                       @NotNull MeasureType type, @NotNull UUID ownerOrganisationId, @NotBlank String responsible,
                       @NotNull Phase phase, LocalDate startOn, LocalDate dueOn, Long version) {

    /** Where the service names the person's field, the page has its one choice. */
    static final Map<String, String> FIELDS = Map.of("responsibleUserId", "responsible", "responsibleContactId",
            "responsible");

    static MeasurePageForm empty() {
        return new MeasurePageForm(null, null, null, null, null, null, null, null, null);
    }

    static MeasurePageForm of(MeasureView m) {
        return new MeasurePageForm(m.area(), m.description(), m.type(), m.ownerOrganisationId(),
                m.responsibleUserId() != null ? "user:" + m.responsibleUserId() : "contact:" + m.responsibleContactId(),
                m.phase(), m.startOn(), m.dueOn(), m.version());
    }

    AssignMeasure toCommand() {
        UUID person = parse(responsible);
        boolean user = responsible != null && responsible.startsWith("user:");
        return new AssignMeasure(area, description, type, ownerOrganisationId, user ? person : null,
                user ? null : person, phase, startOn, dueOn, version);
    }

    private static UUID parse(String key) {
        try {
            return key == null ? null : UUID.fromString(key.substring(key.indexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
