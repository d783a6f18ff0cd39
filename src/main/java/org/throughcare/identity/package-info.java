/**
 * Users and their membership of an organisation in a role, administered with one-time set-password links;
 * login, lockout and throttling after repeated failures, the security rules every request passes, and who is
 * signed in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "directory :: api"})
package org.throughcare.identity;
