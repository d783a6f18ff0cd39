/**
 * The shared needs and resources assessment (D5): one assessment the whole group trusts, per area a
 * professional rating beside the client's own view, kept as versions that can be compared. Each area is read
 * under its consent category, so a partner sees only the areas consent covers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "client :: api",
        "identity :: api"})
package org.throughcare.assessment;
