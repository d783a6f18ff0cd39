package org.throughcare.client;

/** The dates of a custody episode whose every change is kept, with who, when and why. */
public enum KeyDate { SENTENCE_START, CONDITIONAL_RELEASE, SENTENCE_EXPIRY, SUPERVISION_END }
