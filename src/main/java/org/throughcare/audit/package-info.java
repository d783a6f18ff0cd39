/**
 * The append-only, hash-chained log of who did what to which subject, when and why: logins, changes by
 * administrators and, with the access gate, every read of client data.
 */
package org.throughcare.audit;
