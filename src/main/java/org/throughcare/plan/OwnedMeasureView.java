package org.throughcare.plan;

import java.util.UUID;

/** A measure an organisation owns, with the client's name where consent lets the reader see it. */
public record OwnedMeasureView(UUID clientId, String clientName, MeasureView measure) {
}
