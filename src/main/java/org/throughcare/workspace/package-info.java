/**
 * What a person sees across modules, on top of all of them: the page shell, the start page (my work), the
 * caseload and the client overview with its sub-navigation; how errors reach the user. Its database bulkhead,
 * ahead of the session filter, bounds how many requests use the database at once and answers the rest a fast 503.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "client :: api",
        "identity :: api"})
package org.throughcare.workspace;
