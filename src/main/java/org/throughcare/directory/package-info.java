/**
 * The directory of collaborating agencies: organisations with their agency type, the municipalities they
 * serve, their offices and units, and the named people to contact there.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api"})
package org.throughcare.directory;
