/**
 * The reintegration group around each client (D4) and the client's documented consent (D3): who works with
 * the client, from which agency, in which role and period, kept as history; which agencies a consent covers,
 * for which data, until when, and its withdrawal; each client's access log. {@link org.throughcare.group.AccessPolicy}
 * implements {@link org.throughcare.shared.AccessGate}, the one place that decides who may see and change what.
 * The coordinator role and its handovers belong to the client module.
 */
package org.throughcare.group;
