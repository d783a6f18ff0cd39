/**
 * Outcome forms at release, +6 and +12 months, their due dates and their counts per point for the figures.
 */
@org.springframework.modulith.NamedInterface("outcome")
package org.throughcare.followup.outcome;
