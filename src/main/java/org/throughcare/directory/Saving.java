package org.throughcare.directory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.throughcare.shared.StaleEditException;

/**
 * The version check before an update catches most concurrent edits; this catches the one that lands
 * between that check and the write, so the user sees the same "changed by someone else" either way.
 */
final class Saving {

    private Saving() {
    }

    static void orStale(Runnable save, String what) {
        try {
            save.run();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(what);
        }
    }
}
