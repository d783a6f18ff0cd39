/**
 * Follow-up and evaluation (D10): the figures an evaluator asks for, for a cohort, composed from read-only SQL views
 * that each module publishes for it (never from their tables, never written); charted, exported, with small cells
 * suppressed for the national analyst and for anything covering more than one office.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "directory :: api"})
package org.throughcare.followup;
