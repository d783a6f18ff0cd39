package org.throughcare.client;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.throughcare.shared.InvalidInputException;

/**
 * What a caseload shows: only the user's own clients or their whole office, a set of stages (empty: any), one
 * coordinator's clients, a name or identity number, only clients whose release date has passed while still
 * counted in custody, only the given clients (null: no such limit), only those in custody released within
 * so many days from today (null: no such limit), and the order.
 */
@NamedInterface("api")
public record CaseloadFilter(boolean onlyMine, Set<Stage> stages, UUID coordinatorId, String query, Sort sort,
                             boolean descending, boolean releasePassed, Set<UUID> onlyClients,
                             Integer releaseWithinDays) {

    public enum Sort { RELEASE, NAME, STAGE }

    public CaseloadFilter {
        query = query == null || query.isBlank() ? null : query.strip();
        sort = sort == null ? Sort.RELEASE : sort;
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        onlyClients = onlyClients == null ? null : Set.copyOf(onlyClients);
    }

    public static CaseloadFilter of(boolean onlyMine, Set<Stage> stages, String query, Sort sort, boolean descending) {
        return new CaseloadFilter(onlyMine, stages, null, query, sort, descending, false, null, null);
    }

    public CaseloadFilter onlyClients(Set<UUID> clients) {
        return new CaseloadFilter(onlyMine, stages, coordinatorId, query, sort, descending, releasePassed, clients,
                releaseWithinDays);
    }

    public CaseloadFilter withReleasePassed() {
        return new CaseloadFilter(onlyMine, stages, coordinatorId, query, sort, descending, true, onlyClients,
                releaseWithinDays);
    }

    public CaseloadFilter releasedWithin(int days) {
        return new CaseloadFilter(onlyMine, stages, coordinatorId, query, sort, descending, releasePassed, onlyClients,
                days);
    }

    /** The order a caller named (none: by release); anything else is refused at the field. */
    public static Sort sortOf(String key) {
        if (key == null || key.isBlank()) {
            return Sort.RELEASE;
        }
        for (Sort s : Sort.values()) {
            if (s.name().equalsIgnoreCase(key)) {
                return s;
            }
        }
        throw new InvalidInputException("sort", "validation.filter.unknown", key);
    }

    /** Ascending or descending (none: ascending); anything else is refused at the field. */
    public static boolean descending(String direction) {
        if (direction == null || direction.isBlank() || "asc".equalsIgnoreCase(direction)) {
            return false;
        }
        if ("desc".equalsIgnoreCase(direction)) {
            return true;
        }
        throw new InvalidInputException("dir", "validation.filter.unknown", direction);
    }

    /**
     * The stages a caller named: {@code active} (the default), {@code ended}, {@code all}, or one stage;
     * anything else is refused at the field.
     */
    public static Set<Stage> stagesOf(String value) {
        if (value == null || value.isBlank() || "active".equalsIgnoreCase(value)) {
            return Stage.active();
        }
        if ("ended".equalsIgnoreCase(value)) {
            return Stage.ended();
        }
        if ("all".equalsIgnoreCase(value)) {
            return Set.of();
        }
        try {
            return Set.of(Stage.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("stage", "validation.filter.unknown", value);
        }
    }
}
