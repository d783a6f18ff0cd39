/**
 * Follow-up and evaluation (D10, D11): programme figures composed from what other modules publish for it (their APIs
 * and read-only SQL views), the outcome forms at release, +6 and +12 months, the backslide-zone radar per office and
 * the office's lessons log. It reads others' data and never writes it; the only tables it writes are its own.
 */
package org.throughcare.followup;
