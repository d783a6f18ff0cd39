package org.throughcare.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.referral.internal.Referrals;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/**
 * On which side of a referral someone acts, from the gate's ground for them: the referrer's side is the person who
 * sent it (while the gate still lets them contribute) and those who manage the case; the service's side is the
 * receiving organisation's staff, while consent lets them read the referral's category.
 */
@Component
class ReferralSides {

    static final String REFUSED = "error.changeRefused.referral";
    static final String NOT_YOUR_SIDE = "error.changeRefused.referralSide";

    private final AuditLog audit;

    ReferralSides(AuditLog audit) {
        this.audit = audit;
    }

    static Set<ReferralSide> of(Actor actor, Referrals.Row referral, Ground ground) {
        Set<ReferralSide> sides = EnumSet.noneOf(ReferralSide.class);
        if (!ground.allows()) {
            return sides;
        }
        if (ground == Ground.CLIENT_COORDINATOR || ground == Ground.OFFICE_MANAGER
                || actor.userId().value().equals(referral.referredBy())) {
            sides.add(ReferralSide.REFERRER);
        }
        if (actor.organisationId() != null && actor.organisationId().value().equals(referral.organisationId())) {
            sides.add(ReferralSide.SERVICE);
        }
        return sides;
    }

    static boolean managesCase(Ground ground) {
        return ground == Ground.CLIENT_COORDINATOR || ground == Ground.OFFICE_MANAGER;
    }

    /**
     * The gate allowed, but the referral's own rule refuses (another side's change): audited beside the gate's
     * decision, and told for what it is.
     */
    AccessRefusedException refusedByRule(Actor actor, ClientId client, Referrals.Row referral, Ground ground,
                                         String purpose) {
        audit.recordAccess(List.of(AuditEvent.access(actor, client, Action.CONTRIBUTE.name(), false,
                referral.needArea().category().name(), ground.name(), purpose)));
        return new AccessRefusedException(ground, NOT_YOUR_SIDE);
    }
}
