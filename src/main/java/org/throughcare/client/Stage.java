package org.throughcare.client;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Where a client is in the programme (D2). Each stage names the stages it may move to; anything else is
 * refused. SCREENED is reached only through a screening, and CONSENTED only from an eligible screening.
 */
@NamedInterface("api")
public enum Stage {
    REFERRED, SCREENED, CONSENTED, ENROLLED, RELEASED, COMPLETED, RETURNED_TO_CUSTODY,
    DECLINED, WITHDREW, MOVED, DIED, EXPELLED;

    private static final Set<Stage> EXITS = EnumSet.of(DECLINED, WITHDREW, MOVED, DIED, EXPELLED);

    public Set<Stage> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(DECLINED, WITHDREW, MOVED, DIED, EXPELLED);
            case SCREENED -> EnumSet.of(CONSENTED, DECLINED, WITHDREW, MOVED, DIED, EXPELLED);
            case CONSENTED -> EnumSet.of(ENROLLED, WITHDREW, MOVED, DIED, EXPELLED);
            case ENROLLED -> EnumSet.of(RELEASED, WITHDREW, MOVED, DIED, EXPELLED);
            case RELEASED -> EnumSet.of(COMPLETED, RETURNED_TO_CUSTODY, WITHDREW, MOVED, DIED);
            // Back in custody: the case can be enrolled again, with all its history.
            case RETURNED_TO_CUSTODY -> EnumSet.of(ENROLLED, WITHDREW, MOVED, DIED, EXPELLED);
            case COMPLETED, DECLINED, WITHDREW, MOVED, DIED, EXPELLED -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }

    public boolean isExit() {
        return EXITS.contains(this);
    }

    /** Still in the programme's work: neither completed nor left it. */
    public boolean isActive() {
        return this != COMPLETED && !isExit();
    }

    public static Set<Stage> active() {
        EnumSet<Stage> active = EnumSet.noneOf(Stage.class);
        for (Stage stage : values()) {
            if (stage.isActive()) {
                active.add(stage);
            }
        }
        return active;
    }

    public static Set<Stage> ended() {
        return EnumSet.complementOf(EnumSet.copyOf(active()));
    }

    /** Stages in which the client is (still) in custody, so a release date lies ahead. */
    public boolean inCustody() {
        return this == REFERRED || this == SCREENED || this == CONSENTED || this == ENROLLED
                || this == RETURNED_TO_CUSTODY;
    }
}
