package org.throughcare.client;

import org.springframework.modulith.NamedInterface;

/** How a client leaves custody before the conditional release date. */
@NamedInterface("api")
public enum EarlyReleaseType { ELECTRONIC_MONITORING, HOME_DETENTION_CURFEW }
