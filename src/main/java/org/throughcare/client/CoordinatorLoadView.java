package org.throughcare.client;

import java.util.UUID;

/** How many active clients one coordinator of an office coordinates. */
public record CoordinatorLoadView(UUID coordinatorId, String coordinatorName, int activeClients) {
}
