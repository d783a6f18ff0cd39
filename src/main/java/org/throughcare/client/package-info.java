/**
 * The client case: registration with a validated identity number, custody and its key dates with history,
 * eligibility screening, the programme's stage lifecycle, the coordinator role and its handovers, the
 * caseload's lines and the target pool (D1, D2).
 *
 * <p>Where custody lives: the custody facts (the current episode, its institution and key dates) stay in this
 * module, because the stage lifecycle and the access rules (prison staff see clients in custody at their
 * institution) read them in the same transaction as the case. Every change of a key date — from the custody
 * form, from a return to custody that closes the episode and clears its release date, and from custody
 * events — goes through {@code internal.KeyDateHistory}: it is kept in the history and a changed release date
 * is published as {@link org.throughcare.client.ReleaseDateChanged}, whose only publisher it is.
 *
 * <p>Custody events ({@code CustodyEvents}, D8) live here too, for the same reason: a transfer, an early
 * release, the release, a return to custody, a moved release date or a change of responsible municipality
 * changes the episode, the stage and who may see the client, in the transaction that records the event. They
 * come from the custody page and from agencies' systems ({@code POST /api/v1/custody-events}, idempotent per
 * sender and event id), are kept in {@code custody_event} with who, source and reason and never deleted, and
 * are announced as {@code ClientTransferred}, {@code EarlyReleaseSet}, {@code ClientReleased},
 * {@code ReturnedToCustody} and {@code ResponsibleMunicipalityChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "directory :: api",
        "identity :: api"})
package org.throughcare.client;
