package org.throughcare.shared.contribution;

import java.util.List;
import org.throughcare.shared.Actor;

/** A module's part of a person's start page: the work waiting for them there, each item linking to where it is done. */
public interface WorkItems {

    /** The items for this reader; an item with nothing behind it is left out. */
    List<WorkItem> itemsFor(Actor actor);
}
