package org.throughcare.group;

import org.springframework.modulith.NamedInterface;

/** How the client gave consent: on a signed paper form, orally before a witness, or digitally. */
@NamedInterface("api")
public enum ConsentForm { WRITTEN, ORAL, DIGITAL }
