package org.throughcare.referral.internal;

import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.ReferredMeasures;
import org.throughcare.referral.ReferralStatusChanged;

/**
 * Closes the loop on the plan: the measure a referral realises follows it — accepted → accepted by its owner,
 * started → in progress, completed → done (a goal achieved at least in part) or not achieved, ended early → not
 * achieved. After the referral's change is committed, and again after a crash until done.
 */
@Component
class MeasureFollowsReferral {

    private final ReferredMeasures measures;

    MeasureFollowsReferral(ReferredMeasures measures) {
        this.measures = measures;
    }

    @ApplicationModuleListener
    void on(ReferralStatusChanged event) {
        if (event.measureId() == null) {
            return;
        }
        statusFor(event).ifPresent(to -> measures.follow(event.clientId(), event.measureId(), to, event.referralId(),
                event.by().value(), event.at()));
    }

    static Optional<MeasureStatus> statusFor(ReferralStatusChanged event) {
        return Optional.ofNullable(switch (event.to()) {
            case ACCEPTED -> MeasureStatus.ACCEPTED;
            case STARTED -> MeasureStatus.IN_PROGRESS;
            case COMPLETED -> event.achieved() ? MeasureStatus.DONE : MeasureStatus.NOT_ACHIEVED;
            case ENDED_EARLY -> MeasureStatus.NOT_ACHIEVED;
            default -> null;
        });
    }
}
