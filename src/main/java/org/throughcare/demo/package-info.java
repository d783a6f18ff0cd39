/**
 * The demo world loaded on the first start outside production: the three municipalities of the Swedish
 * trial, their probation offices, two prisons, the collaborating agencies with named contacts, one user for
 * every role, a synthetic cohort of clients at every stage, reintegration groups with consent, and
 * assessments and plans for some of the demo coordinator's clients; and the synthetic load used by the bench.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "assessment :: api",
        "client :: api",
        "directory :: api",
        "group :: api",
        "identity :: api",
        "plan :: api"})
package org.throughcare.demo;
