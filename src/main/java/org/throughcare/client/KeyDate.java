package org.throughcare.client;

import java.util.EnumSet;
import java.util.Set;

/**
 * The dates of a custody episode whose every change is kept, with who, when and why. The early release date
 * is set by a custody event only, never by the custody form, so the form's dates are the others.
 */
public enum KeyDate {
    SENTENCE_START, CONDITIONAL_RELEASE, SENTENCE_EXPIRY, SUPERVISION_END, EARLY_RELEASE;

    public static Set<KeyDate> onTheForm() {
        return EnumSet.complementOf(EnumSet.of(EARLY_RELEASE));
    }
}
