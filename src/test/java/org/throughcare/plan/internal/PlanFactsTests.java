package org.throughcare.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.throughcare.plan.PlanFact;

/** The stored shape of a plan change's facts survives whatever a writer typed; old details are read where sure. */
class PlanFactsTests {

    @Test
    void factsComeBackAsWrittenWhateverTheyHold() {
        List<PlanFact> facts = List.of(PlanFact.of("description", "a&b=c~d ! % ; · → å"),
                PlanFact.changed("due", null, "2026-12-01"), PlanFact.changed("responsible", "Eva", null),
                PlanFact.of("start", null), PlanFact.of("reason", "!"), PlanFact.of("note", "-"));
        assertThat(PlanFacts.read(PlanFacts.write(facts))).containsExactly(
                PlanFact.of("description", "a&b=c~d ! % ; · → å"), new PlanFact("due", "", "2026-12-01"),
                new PlanFact("responsible", "Eva", null), new PlanFact("start", null, null),
                PlanFact.of("reason", "!"), PlanFact.of("note", "-"));
        assertThat(PlanFacts.write(List.of())).isNull();
        assertThat(PlanFacts.read(null)).isEmpty();
    }

    @Test
    void oldDetailsAreReadWhenTheirShapeIsCertainAndLeftAloneWhenNot() {
        assertThat(PlanFacts.fromOldDetail("MEASURE_STATUS", "ACCEPTED → IN_PROGRESS"))
                .containsExactly(new PlanFact("status", "ACCEPTED", "IN_PROGRESS"));
        assertThat(PlanFacts.fromOldDetail("MEASURE_CHANGED", "phase: BEFORE_RELEASE → AFTER_RELEASE; due: — → 2026-12-01"))
                .containsExactly(new PlanFact("phase", "BEFORE_RELEASE", "AFTER_RELEASE"),
                        new PlanFact("due", "", "2026-12-01"));
        assertThat(PlanFacts.fromOldDetail("GOAL_ADDED", "ACCOMMODATION: A flat of my own"))
                .containsExactly(PlanFact.of("area", "ACCOMMODATION"), PlanFact.of("description", "A flat of my own"));
        assertThat(PlanFacts.fromOldDetail("MEASURE_ADDED", "ACCOMMODATION · HOUSING · AFTER_RELEASE · Flat · "
                + "Bostaden, Eva · PROPOSED")).extracting(PlanFact::field)
                .containsExactly("area", "type", "phase", "description", "status");
        assertThat(PlanFacts.fromOldDetail("MEASURE_STATUS", "odd → shape")).isEmpty();
        assertThat(PlanFacts.fromOldDetail("MEASURE_CHANGED", "colour: red → blue")).isEmpty();
        assertThat(PlanFacts.fromOldDetail("RELEASE_DAY_CHANGED", "a flat (Bostaden)")).isEmpty();
    }
}
