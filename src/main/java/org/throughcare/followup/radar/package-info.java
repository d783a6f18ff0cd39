/**
 * The backslide-zone radar per office, composed from every module's caseload flags, and its daily snapshot.
 */
@org.springframework.modulith.NamedInterface("radar")
package org.throughcare.followup.radar;
