package org.throughcare.shared.contribution;

/**
 * A link in the page header with a count, on every page (unread notices): its label (a message key taking the
 * count), where it leads, and how many things wait there. {@code order} places it among the other modules'.
 */
public record HeaderBadge(String key, int order, String labelKey, long count, String href) {
}
