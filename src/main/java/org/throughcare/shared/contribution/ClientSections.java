package org.throughcare.shared.contribution;

import java.util.List;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/** A module's parts of a client's pages: entries of the client's sub-navigation, each with an optional panel. */
public interface ClientSections {

    /** The sections this reader may open for this client; none when the module has nothing for them. */
    List<ClientSection> sectionsFor(ClientId client, Actor actor);
}
