package org.throughcare.referral;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * The one table of allowed changes of state: from, to, the side that may make it, and what it must carry. A
 * change not in it is refused, whoever asks. Cancelling is the referrer's, from any open state; everything else
 * is the receiving service's.
 */
@NamedInterface("api")
public final class ReferralTransitions {

    /** One allowed change; {@code expectedStart}: the change names the day the service expects to start. */
    public record Transition(ReferralStatus from, ReferralStatus to, ReferralSide side, boolean reasonRequired,
                             boolean expectedStartRequired, boolean outcomeRequired) {
    }

    private static final boolean REASON = true;
    private static final boolean START = true;
    private static final boolean OUTCOME = true;

    public static final List<Transition> TABLE = List.of(
            new Transition(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralSide.SERVICE, !REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.SENT, ReferralStatus.DECLINED, ReferralSide.SERVICE, REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.ACCEPTED, ReferralStatus.WAITING, ReferralSide.SERVICE, !REASON, START, !OUTCOME),
            // A service with a free place starts at once, without a wait.
            new Transition(ReferralStatus.ACCEPTED, ReferralStatus.STARTED, ReferralSide.SERVICE, !REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.WAITING, ReferralStatus.STARTED, ReferralSide.SERVICE, !REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.STARTED, ReferralStatus.COMPLETED, ReferralSide.SERVICE, !REASON, !START, OUTCOME),
            new Transition(ReferralStatus.STARTED, ReferralStatus.ENDED_EARLY, ReferralSide.SERVICE, REASON, !START, OUTCOME),
            new Transition(ReferralStatus.SENT, ReferralStatus.CANCELLED, ReferralSide.REFERRER, REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.ACCEPTED, ReferralStatus.CANCELLED, ReferralSide.REFERRER, REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.WAITING, ReferralStatus.CANCELLED, ReferralSide.REFERRER, REASON, !START, !OUTCOME),
            new Transition(ReferralStatus.STARTED, ReferralStatus.CANCELLED, ReferralSide.REFERRER, REASON, !START, !OUTCOME));

    private ReferralTransitions() {
    }

    public static Optional<Transition> find(ReferralStatus from, ReferralStatus to) {
        return TABLE.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /** Where a referral in {@code from} may go for someone acting on these sides, in the table's order. */
    public static List<Transition> next(ReferralStatus from, Set<ReferralSide> sides) {
        return TABLE.stream().filter(t -> t.from() == from && sides.contains(t.side())).toList();
    }

    public static Set<ReferralStatus> targets(ReferralStatus from, Set<ReferralSide> sides) {
        return next(from, sides).stream().map(Transition::to).collect(Collectors.toSet());
    }
}
