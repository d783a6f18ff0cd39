package org.throughcare.followup.radar;

import java.util.Locale;
import org.throughcare.followup.radar.RadarView.RadarSort;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PageRequest;

/** The radar's filter from the address: a kind, an order (age or kind), a direction and a 1-based page. */
public record RadarQuery(String kind, RadarSort sort, boolean descending, PageRequest page) {

    /** Reads the parameters; an unknown order or direction is refused at its field. */
    public static RadarQuery of(String kind, String sort, String dir, Integer page, Integer size) {
        RadarSort order = RadarSort.AGE;
        if (sort != null && !sort.isBlank()) {
            try {
                order = RadarSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sort", "validation.filter.unknown", sort);
            }
        }
        boolean descending = order == RadarSort.AGE;
        if (dir != null && !dir.isBlank()) {
            switch (dir.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> throw new InvalidInputException("dir", "validation.filter.unknown", dir);
            }
        }
        return new RadarQuery(kind, order, descending, PageRequest.of(page == null ? 0 : page - 1, size));
    }
}
