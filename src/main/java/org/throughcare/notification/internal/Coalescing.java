package org.throughcare.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.throughcare.notification.NoticeKind;

/**
 * Folds quick successive changes of one client's custody facts into one chain (issue 12, item 5). A change made
 * within the coalescing window after an earlier one of the same client, not yet folded or withdrawn, becomes the
 * chain's newest: the earlier ones point to it ({@code coalesced_into}), their e-mails and webhooks are not sent,
 * and the newest, sent once the window has passed without a further change, shows the latest state and the
 * history. A chain of date changes of one kind that ends on the date it started from was reversed: all of it is
 * withdrawn, nothing leaves by e-mail or webhook.
 *
 * <p>The in-app notices are made at once all the same; the inbox shows the newest of a chain with its history.
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

    private final Notices notices;
    private final Duration window;

    Coalescing(Notices notices, @Value("${throughcare.notification.coalescing-window:5m}") Duration window) {
        this.notices = notices;
        this.window = window;
    }

    /** Folds the open chain of the event's client into the event, just stored; withdraws a reversed chain. */
    void fold(Notices.Event newest, Instant now) {
        if (!CUSTODY.contains(newest.kind())) {
            return;
        }
        List<Notices.Event> open = notices.openChain(newest.clientId(), CUSTODY, newest.createdAt().minus(window),
                newest.id());
        if (open.isEmpty()) {
            return;
        }
        notices.coalesce(open.stream().map(Notices.Event::id).toList(), newest.id());
        if (reversed(notices.foldedInto(newest.id()), newest)) {
            notices.withdraw(newest.id(), now);
        }
    }

    private static boolean reversed(List<Notices.Event> earlier, Notices.Event newest) {
        if (earlier.isEmpty() || !DATES.contains(newest.kind())
                || earlier.stream().anyMatch(e -> e.kind() != newest.kind())) {
            return false;
        }
        return Objects.equals(earlier.get(0).previousDate(), newest.newDate());
    }
}
