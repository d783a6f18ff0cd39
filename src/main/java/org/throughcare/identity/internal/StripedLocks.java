package org.throughcare.identity.internal;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed number of fair locks shared out by key: bounded memory whatever keys strangers send (a map of one lock
 * per username would grow with every name an attacker tries), at the price of two keys sometimes sharing a lock.
 */
final class StripedLocks {

    private final Lock[] stripes;

    StripedLocks(int count) {
        stripes = new Lock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    Lock get(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }
}
