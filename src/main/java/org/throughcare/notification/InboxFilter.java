package org.throughcare.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;

/**
 * Which notices an inbox shows: all, the unread ones or those still waiting for an acknowledgement, of every
 * client or one. A value the inbox does not know is refused at its field.
 */
public record InboxFilter(Show show, UUID clientId) {

    public enum Show { ALL, UNREAD, UNACKNOWLEDGED }

    public static final InboxFilter EVERYTHING = new InboxFilter(Show.ALL, null);

    /** From the address: {@code show} all, unread or unacknowledged (absent: all); {@code client} an id. */
    public static InboxFilter of(String show, String client) {
        List<Problem> problems = new ArrayList<>();
        Show shown = Show.ALL;
        if (show != null && !show.isBlank()) {
            try {
                shown = Show.valueOf(show.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("show", "validation.filter.unknown", show));
            }
        }
        UUID clientId = null;
        if (client != null && !client.isBlank()) {
            try {
                clientId = UUID.fromString(client.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("client", "validation.filter.unknown", client));
            }
        }
        InvalidInputException.throwIfAny(problems);
        return new InboxFilter(shown, clientId);
    }
}
