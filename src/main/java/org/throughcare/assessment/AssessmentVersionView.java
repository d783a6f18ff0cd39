package org.throughcare.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A version in the list of a client's assessments. */
public record AssessmentVersionView(int version, LocalDate assessedOn, String recordedBy, Instant recordedAt) {
}
