package org.throughcare.group;

/** How the client gave consent: on a signed paper form, orally before a witness, or digitally. */
public enum ConsentForm { WRITTEN, ORAL, DIGITAL }
