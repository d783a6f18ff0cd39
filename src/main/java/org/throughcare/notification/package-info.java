/**
 * Notices (D8): listens to what the other modules publish (a moved release date, the custody events — a transfer,
 * an early release, a release, a return to custody, a change of municipality —, a measure given, accepted or
 * declined, a coordinator handed over, a consent withdrawn or about to run out) and decides who is told, each
 * recipient only what the access gate lets them read at that moment, audited as a disclosure; keeps a notice
 * once per event, recipient and channel, so a redelivered event tells nobody twice; shows each person their
 * inbox, with an unread count in every page's header; and shows the case's coordinator who was told, who read
 * and who acknowledged, and what to tell the client.
 *
 * <p>Nobody depends on this module: the header and the start page get its parts through
 * {@code shared.contribution} ({@code HeaderBadges}, {@code WorkItems}), and it learns of changes only from events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "client :: api",
        "client :: events",
        "directory :: api",
        "group :: api",
        "group :: events",
        "identity :: api",
        "meeting :: events",
        "plan :: events"})
package org.throughcare.notification;
