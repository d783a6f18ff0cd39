package org.throughcare.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** A version in the list of a client's assessments. */
public record AssessmentVersion(int version, LocalDate assessedOn, String recordedBy, Instant recordedAt) {
}
