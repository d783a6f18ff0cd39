package org.throughcare.workspace;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.task.TaskDecorator;

/**
 * Lets at most {@code maxConcurrent} tasks of the application's task executor run at once: the asynchronous event
 * listeners (every {@code @ApplicationModuleListener}: the notices, the e-mails, the webhooks). Spring runs them on
 * virtual threads without a bound, so a burst of events — a prison posting hundreds of custody events, or the
 * registry republishing what a crash left outstanding — would otherwise open one transaction each and take the
 * connection pool from the users. The permit is taken on the listener's own (virtual) thread before its
 * transaction begins, never on the thread that published the event: that one may be a user's request, still
 * holding its connection in the after-commit phase. A listener past the bound waits for its turn; none is refused
 * or dropped, and the event publication registry keeps each one until it completes.
 */
class ListenerBulkhead implements TaskDecorator {

    private final Semaphore permits;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    ListenerBulkhead(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("throughcare.events.max-concurrent-listeners must be at least 1");
        }
        this.permits = new Semaphore(maxConcurrent, true);
    }

    @Override
    public Runnable decorate(Runnable listener) {
        return () -> {
            permits.acquireUninterruptibly();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                listener.run();
            } finally {
                running.decrementAndGet();
                permits.release();
            }
        };
    }

    /** The most listeners that have run at the same moment since the start; the tests show it keeps the bound. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }
}
