/**
 * Notices (D8): listens to what the other modules publish (a moved release date, the custody events — a transfer,
 * an early release, a release, a return to custody, a change of municipality —, a measure given, accepted or
 * declined, a coordinator handed over, a consent withdrawn or about to run out) and decides who is told, each
 * recipient only what the access gate lets them read at that moment, audited as a disclosure; keeps a notice
 * once per event, recipient and channel, so a redelivered event tells nobody twice; shows each person their
 * inbox, with an unread count in every page's header; and shows the case's coordinator who was told, who read
 * and who acknowledged, and what to tell the client. Each organisation told of an event may have it sent to its
 * systems by signed webhook ({@code webhook}): a thin body with ids and the address to read the rest through the gate.
 *
 * <p><b>Coalescing.</b> Changes to one client's custody facts made within {@code
 * throughcare.notification.coalescing-window} of one another form a chain; its head is the newest by when the change
 * was made (not when its event arrived), the others point to it ({@code notice_event.coalesced_into}), and a chain
 * of date changes of one kind that ends on the date it began is withdrawn ({@code withdrawn_at}). The in-app notices
 * are made at once, each as usual: the inbox shows only the head of a chain a recipient has, with the earlier
 * steps as its history ("changed more than once within a few minutes; earlier: …"), and a withdrawn chain marked
 * "Undone", with nothing to acknowledge; acknowledging the head acknowledges the chain; a chain counts once as
 * unread and, on the start page, as unacknowledged. What leaves the application (e-mail, webhooks) waits for the
 * window and asks {@code Notices.stillToSend}, so only a head that was not withdrawn is sent.
 *
 * <p><b>E-mail</b> (sub-package {@code mail}): each notice made queues, in the same transaction, an e-mail by its
 * recipient's choice (immediate, a daily digest, none; {@link org.throughcare.notification.MailSettings}) in an
 * outbox whose unique key is the idempotency key; a scheduled sender claims due rows with {@code for update skip
 * locked} and a lease, sends outside any transaction, and marks each row sent once. The e-mail names no client, no
 * date and no institution: it says there is a new notice and links to it. Off (nothing queued) when no mail server
 * is configured.
 *
 * <p>Nobody depends on this module: the header and the start page get its parts through
 * {@code shared.contribution} ({@code HeaderBadges}, {@code WorkItems}), and it learns of changes only from events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared",
        "audit :: api",
        "client :: api",
        "client :: events",
        "directory :: api",
        "group :: api",
        "group :: events",
        "identity :: api",
        "plan :: events",
        "audit :: api"})
package org.throughcare.notification;
