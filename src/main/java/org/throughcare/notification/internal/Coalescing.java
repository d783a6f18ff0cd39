package org.throughcare.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.throughcare.notification.NoticeKind;

/**
 * Folds quick successive changes of one client's custody facts into one chain (issue 12, item 5). Changes made
 * within the coalescing window of one another, not yet folded or withdrawn, form a chain whose newest (by when the
 * change was made, whatever order the events arrive in) is its head: the others point to it
 * ({@code coalesced_into}), their e-mails and webhooks are not sent, and the head, sent once its window has passed,
 * shows the latest state and the history. A chain of date changes of one kind that ends on the date it started
 * from was reversed: all of it is withdrawn, nothing leaves by e-mail or webhook. A fact entered afterwards (its
 * day, or for a date the day it was decided, lay before the day it was recorded; the custody record's word) is in
 * no chain: it is told on its own, whatever was typed in beside it.
 *
 * <p>The in-app notices are made at once all the same; the inbox shows the head of a chain with its history.
 * Two changes of one client made into notices at the same instant on two nodes may each stay a chain of their own.
 */
@Component
class Coalescing {

    /** The custody facts a chain is made of. */
    static final Set<NoticeKind> CUSTODY = EnumSet.of(NoticeKind.RELEASE_DATE_CHANGED, NoticeKind.EARLY_RELEASE_SET,
            NoticeKind.CLIENT_TRANSFERRED, NoticeKind.CLIENT_RELEASED, NoticeKind.RETURNED_TO_CUSTODY,
            NoticeKind.RESPONSIBLE_MUNICIPALITY_CHANGED);

    /** Changes of a date, which a later change of the same kind can move back to where it was. */
    private static final Set<NoticeKind> DATES = EnumSet.of(NoticeKind.RELEASE_DATE_CHANGED,
            NoticeKind.EARLY_RELEASE_SET);

    private static final Comparator<Notices.Event> BY_OCCURRENCE = Comparator.comparing(Notices.Event::occurredAt)
            .thenComparing(Notices.Event::createdAt).thenComparing(Notices.Event::id);

    private final Notices notices;
    private final Duration window;

    Coalescing(Notices notices, @Value("${throughcare.notification.coalescing-window:5m}") Duration window) {
        this.notices = notices;
        this.window = window;
    }

    /** Joins the event, just stored, with the open chains of its client; withdraws a chain that was reversed. */
    void fold(Notices.Event event, Instant now) {
        // A fact entered afterwards took effect on a day of its own, whenever it was typed in: chaining it with
        // changes recorded within minutes of it would fold different real-world moments into one (issue 15).
        if (!CUSTODY.contains(event.kind()) || event.enteredAfterwards()) {
            return;
        }
        List<Notices.Event> chain = new ArrayList<>(notices.openChains(event.clientId(), CUSTODY,
                event.occurredAt().minus(window), event.occurredAt().plus(window), event.id()));
        if (chain.isEmpty()) {
            return;
        }
        chain.add(event);
        Notices.Event head = chain.stream().max(BY_OCCURRENCE).orElseThrow();
        notices.coalesce(chain.stream().filter(e -> !e.equals(head)).map(Notices.Event::id).toList(), head.id());
        if (reversed(notices.foldedInto(head.id()), head)) {
            notices.withdraw(head.id(), now);
        }
    }

    private static boolean reversed(List<Notices.Event> earlier, Notices.Event head) {
        if (earlier.isEmpty() || !DATES.contains(head.kind())
                || earlier.stream().anyMatch(e -> e.kind() != head.kind())) {
            return false;
        }
        return Objects.equals(earlier.get(0).previousDate(), head.newDate());
    }
}
