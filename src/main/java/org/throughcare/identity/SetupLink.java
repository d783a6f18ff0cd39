package org.throughcare.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A one-time link for a person to set their password. When it was mailed, {@code url} is null: the link went
 * to the person only. Otherwise the administrator passes it on (no mail server configured, or no address). Serializable: the page shows it after
 * a redirect, from the (database-backed) session.
 */
public record SetupLink(String url, boolean mailed, Instant expiresAt) implements Serializable {
}
