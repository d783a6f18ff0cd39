/**
 * The client case: registration with a validated identity number, custody and its key dates with history,
 * eligibility screening, the programme's stage lifecycle, the coordinator role and its handovers, the
 * caseload's lines and the target pool (D1, D2).
 *
 * <p>Where custody lives: the custody facts (the current episode, its institution and key dates) stay in this
 * module, because the stage lifecycle and the access rules (prison staff see clients in custody at their
 * institution) read them in the same transaction as the case. Every change of a key date — from the custody
 * form, from a return to custody that closes the episode and clears its release date, and later from custody
 * events that agencies send — goes through {@code internal.KeyDateHistory}: it is kept in the history and a
 * changed release date is published as {@link org.throughcare.client.ReleaseDateChanged}, whose only
 * publisher it is. Inbound custody events (transfers, early release, return) will arrive through a channel in
 * front of this module that calls its API, not through its tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "directory :: api",
        "identity :: api"})
package org.throughcare.client;
