package org.throughcare.group;

import java.time.LocalDate;
import java.util.UUID;
import org.throughcare.shared.DataCategory;

/**
 * What part of a client's access log to show: one person's accesses, one category, only allowed or only
 * refused decisions, a period of days ({@code from} and {@code to} both included). Null parts do not narrow.
 */
public record AccessLogFilter(UUID person, DataCategory category, Boolean allowed, LocalDate from, LocalDate to) {

    public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null, null);
}
