package org.throughcare.shared.contribution;

import java.util.List;
import org.throughcare.shared.Actor;

/** A module's links in the header of every page, each with a count; asked once per page, so it must be cheap. */
public interface HeaderBadges {

    /** The badges for this reader; none when the module has nothing for them. */
    List<HeaderBadge> badgesFor(Actor actor);
}
