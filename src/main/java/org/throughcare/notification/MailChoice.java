package org.throughcare.notification;

/**
 * How a user wants to hear of new notices by e-mail, and in which language (en, sv, nb); {@code version} guards
 * against saving over a change made meanwhile in another window (0: never saved, the defaults).
 */
public record MailChoice(Frequency frequency, String language, long version) {

    /** IMMEDIATE: an e-mail per notice; DIGEST: one a day; NONE: no e-mail, the inbox only. */
    public enum Frequency { IMMEDIATE, DIGEST, NONE }
}
