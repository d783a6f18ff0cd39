package org.throughcare.group;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.throughcare.shared.DataCategory;

/**
 * A documented consent and whether it is in force today; {@code enteredAfterwards}: documented later than the day
 * it was given.
 */
public record ConsentView(UUID id, ConsentForm form, LocalDate givenOn, String witness,
                          boolean toldAboutConfidentiality, String textVersion, LocalDate validUntil,
                          String documentedBy, List<Organisation> organisations, List<DataCategory> categories,
                          String documentName, LocalDate withdrawnOn, String withdrawalHow, String withdrawnBy,
                          Status status, boolean enteredAfterwards) {

    public enum Status { IN_FORCE, EXPIRED, WITHDRAWN }

    public record Organisation(UUID id, String name) {
    }
}
