package org.throughcare.plan;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Where a measure stands. A measure assigned to another organisation is PROPOSED until that organisation
 * accepts it (ACCEPTED) or declines it with a reason (DECLINED, after which the coordinator reassigns or
 * cancels it). DONE, NOT_ACHIEVED and CANCELLED are final.
 */
@NamedInterface("api")
public enum MeasureStatus {
    PROPOSED, ACCEPTED, DECLINED, IN_PROGRESS, DONE, NOT_ACHIEVED, CANCELLED;

    /** Accepted by its owner and not yet finished: what gives a need an owner. */
    public boolean activeAndAccepted() {
        return this == ACCEPTED || this == IN_PROGRESS;
    }

    /** Still meant to happen: proposed, accepted or under way. */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED || this == IN_PROGRESS;
    }

    public boolean isFinal() {
        return this == DONE || this == NOT_ACHIEVED || this == CANCELLED;
    }

    /** The statuses the owner's progress report may move an accepted measure to. */
    public Set<MeasureStatus> progressTo() {
        return switch (this) {
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DONE, NOT_ACHIEVED);
            case IN_PROGRESS -> EnumSet.of(DONE, NOT_ACHIEVED);
            default -> EnumSet.noneOf(MeasureStatus.class);
        };
    }
}
