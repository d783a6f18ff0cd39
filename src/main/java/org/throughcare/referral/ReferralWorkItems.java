package org.throughcare.referral;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * "Referrals to us" on the start page of a receiving organisation's staff: the first of their waiting list, in
 * order, with the days each has waited; nothing while nobody waits. What it shows passes the gate like the queue.
 */
@Component
class ReferralWorkItems implements WorkItems {

    private final ReferralQueue queue;

    ReferralWorkItems(ReferralQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (!ReferralQueue.hasQueue(actor)) {
            return List.of();
        }
        QueueView view = queue.queue(actor, QueueView.Part.WAITING, PageRequest.of(0, WorkItem.LINES_SHOWN));
        if (view.lines().totalItems() == 0) {
            return List.of();
        }
        List<WorkItem.Line> lines = view.lines().items().stream().map(l -> WorkItem.Line.of(
                (l.clientName() == null ? "" : l.clientName() + " – ") + l.serviceName(),
                l.readable() ? "/clients/" + l.clientId() + "/referrals/" + l.referralId() : "/referrals/queue",
                "work.referralWaiting", l.position(), l.days())).toList();
        return List.of(WorkItem.of("referrals-to-us", 15, "work.referralsToUs", view.lines().totalItems(), lines,
                "/referrals/queue"));
    }
}
