package org.throughcare.plan;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which agency owns a measure is itself a disclosure: a psychiatric unit or addiction care as owner says that the
 * client is treated there, and so does its member responsible for the measure. The group's rule decides which
 * owners a reader may see named; the others are shown by a neutral label, their id and the responsible person
 * left out, as the group leaves such members out. The reader's own organisation is always named: they know it.
 */
record OwnerSight(Set<UUID> withheld, Set<String> withheldNames, String label) {

    /** For measures the reader's own organisation owns: every owner named. */
    static final OwnerSight OWN = new OwnerSight(Set.of(), Set.of(), null);

    UUID id(UUID owner) {
        return withheld.contains(owner) ? null : owner;
    }

    String name(UUID owner, String name) {
        return withheld.contains(owner) ? label : name;
    }

    /** The responsible person (user, contact or name) of a measure this owner owns. */
    <T> T responsible(UUID owner, T responsible) {
        return withheld.contains(owner) ? null : responsible;
    }

    /**
     * A history entry's facts, withheld agencies' and members' names replaced: in the owner's and the responsible
     * person's before and after, or in every value of {@code composed} facts, read back from the text of an entry
     * written before facts were kept.
     */
    List<PlanFact> facts(List<PlanFact> facts, boolean composed) {
        return facts.stream().map(f -> composed || "owner".equals(f.field()) || "responsible".equals(f.field())
                ? new PlanFact(f.field(), text(f.before()), text(f.after())) : f).toList();
    }

    /**
     * Text that may name an owner, each withheld agency's or member's name replaced: a history entry written
     * before facts were kept composed the owner and the responsible person into its text.
     */
    String text(String value) {
        String shown = value;
        for (String name : withheldNames) {
            shown = shown == null ? null : shown.replace(name, label);
        }
        return shown;
    }

    /** A measure as shown to a reader who may see less than the one it was read for: withheld owners replaced. */
    MeasureView measure(MeasureView m) {
        if (m.ownerOrganisationId() == null || !withheld.contains(m.ownerOrganisationId())) {
            return m;
        }
        return new MeasureView(m.id(), m.clientId(), m.area(), m.description(), m.type(), null, label, null, null,
                null, m.phase(), m.startOn(), m.dueOn(), m.status(), m.declineReason(), m.answeredBy(),
                m.answeredAt(), m.version(), m.overdue(), m.notes(), m.mayAnswer(), m.nextStatuses(), m.mayNote(),
                m.mayEdit(), m.decidedAtMeeting());
    }

    /** A release-day arrangement as shown to a reader who may see less: a withheld owner replaced in it. */
    ReleaseDayView arrangement(ReleaseDayView r) {
        if (r.ownerOrganisationId() == null || !withheld.contains(r.ownerOrganisationId())) {
            return r;
        }
        return new ReleaseDayView(r.item(), r.visible(), text(r.arrangement()), null, label, null, r.version(),
                r.updatedBy(), r.updatedAt());
    }
}
