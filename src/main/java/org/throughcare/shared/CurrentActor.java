package org.throughcare.shared;

import java.util.Optional;

/**
 * Who is acting in the current request. Lives in the kernel so that modules below identity (audit,
 * directory) can name the actor without depending on how login works.
 */
public interface CurrentActor {

    Optional<Actor> current();
}
