/**
 * The individual plan (D6): goals per need area and measures that each have an owning organisation and a
 * responsible person from the group, accepted or declined by that organisation; the no-owner flags that
 * mark backslide zones; and the release-day arrangements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "assessment :: api",
        "audit :: api",
        "client :: api",
        "directory :: api",
        "group :: api",
        "identity :: api"})
package org.throughcare.plan;
