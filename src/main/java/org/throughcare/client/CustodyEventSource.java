package org.throughcare.client;

import org.springframework.modulith.NamedInterface;

/** Where a custody event came from: a person on the custody page, or an agency's system through the API. */
@NamedInterface("api")
public enum CustodyEventSource { PAGE, API }
