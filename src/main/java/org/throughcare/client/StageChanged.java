package org.throughcare.client;

import java.time.LocalDate;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client moved from one stage of the programme to another. */
public record StageChanged(ClientId clientId, Stage from, Stage to, LocalDate effectiveOn, UserId changedBy) {
}
