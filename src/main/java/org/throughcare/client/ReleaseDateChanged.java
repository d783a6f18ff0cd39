package org.throughcare.client;

import java.time.Instant;
import java.time.LocalDate;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.UserId;

/** A client's conditional release date was set or moved; meetings and notifications react to it. */
public record ReleaseDateChanged(ClientId clientId, LocalDate previousDate, LocalDate newDate, String reason,
                                 UserId changedBy, Instant changedAt) {
}
