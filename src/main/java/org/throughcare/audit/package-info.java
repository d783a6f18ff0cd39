/**
 * The append-only, hash-chained log of who did what to which subject, when and why: logins, changes and,
 * with the access gate, every decision on client data.
 *
 * <p>Writing is cheap and lock-free: {@link org.throughcare.audit.AuditLog} appends an unsealed entry on the
 * caller's connection (a change in the caller's transaction; an access decision kept even when that
 * transaction rolls back), and queues it. {@link org.throughcare.audit.AuditSequencer}, one per node, seals
 * the queue into the chain in batches, holding the head of the chain only in its own short transaction, and
 * anchors each batch outside the database. No request ever locks a row every request needs, and no request
 * needs a second connection.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared"})
package org.throughcare.audit;
