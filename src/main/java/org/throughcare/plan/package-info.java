/**
 * The individual plan (D6): goals per need area and measures that each have an owning organisation and a
 * responsible person from the group, accepted or declined by that organisation; the no-owner flags that
 * mark backslide zones; and the release-day arrangements. Which agency owns a measure is itself client data: an
 * owner from psychiatry or addiction care, and its member responsible, are named only by the group's rule
 * ({@code GroupManagement.withheldAgencies}, applied by {@code OwnerSight}); other readers see a neutral label,
 * on the plan, its release-day arrangements and its print for an organisation alike. A custody event re-plans
 * ({@code Replanning}): what hung on the old release date, or named the old institution, waits to be checked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "assessment :: api",
        "audit :: api",
        "client :: api",
        "client :: events",
        "directory :: api",
        "group :: api",
        "identity :: api"})
package org.throughcare.plan;
