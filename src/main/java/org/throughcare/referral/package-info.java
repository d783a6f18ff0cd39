/**
 * Referrals (D9): from a client's group to a service in the directory, and their whole life — sent, accepted or
 * declined, waiting, started, completed or ended early with an outcome per goal, or cancelled — visible to the
 * referrer and the group. Who may move a referral from which state to which is one table
 * ({@code ReferralTransitions}). Each change is kept with who, when and why, published as
 * {@code ReferralStatusChanged} (the notification module tells the referrer and the coordinator; a linked plan
 * measure follows) and mapped to the HL7 FHIR R4 {@code Task.status} the Gravity SDOH referral guide uses.
 * <p>
 * What the gate decides: a referral is read under its need area's consent category (a referral to addiction care
 * tells of substance use); its client's name and number under {@code BASIC_AND_CUSTODY}. A referral is sent only to
 * a service whose organisation a consent in force covers for that category; that organisation's staff then read
 * through the gate as a member would ({@code group.ReferralReach}), until they decline or it is cancelled.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "client :: api",
        "directory :: api",
        "group :: api",
        "identity :: api",
        "plan :: api"})
package org.throughcare.referral;
