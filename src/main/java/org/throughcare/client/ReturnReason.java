package org.throughcare.client;

import org.springframework.modulith.NamedInterface;

/** Why a released client is back in custody. */
@NamedInterface("api")
public enum ReturnReason { RECALL, NEW_SENTENCE }
