/**
 * Notices (D8): listens to what the other modules publish (a moved release date, the custody events — a transfer,
 * an early release, a release, a return to custody, a change of municipality —, a measure given, accepted or
 * declined, a coordinator handed over, a consent withdrawn or about to run out, a referral sent or moved on) and decides who is told, each
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
 * window; nothing of a withdrawn chain is sent, and an earlier change is sent only to whom the head is not (an
 * e-mail to a recipient, a webhook to an endpoint, told of the earlier change but not of the later one).
 *
 * <p><b>E-mail</b> (sub-package {@code mail}): each notice made queues, in the same transaction, an e-mail by its
 * recipient's choice (immediate, a daily digest, none; {@link org.throughcare.notification.MailSettings}) in an
 * outbox whose unique key is the idempotency key; a scheduled sender claims due rows with {@code for update skip
 * locked} and a lease, sends outside any transaction, and marks each row sent once. The e-mail names no client, no
 * date and no institution: it says there is a new notice and links to it. Off (nothing queued) when no mail server
 * is configured.
 *
 * <p><b>Meeting invitations</b> ({@code MeetingInvitationListener}, {@code mail.InvitationMail}): each invitee with
 * an account whom the gate lets read the client's custody facts gets a booked or moved meeting's iCalendar REQUEST,
 * and a cancelled one's CANCEL, through the same outbox (rows keyed by meeting, SEQUENCE and recipient). The calendar
 * is written when the row is sent, by the meeting module ({@code MeetingCalendar}), and names no client. An
 * invitation goes at once for "immediate" and "digest" alike (it is time-critical); "none" gets none.
 *
 * <h2>Who is told of what</h2>
 * "Consent decides": the person is told only if the gate lets them read every category the notice reveals (a
 * custody notice: basic and custody facts; a measure: also the plan) at the moment the notice is made; otherwise
 * they get nothing, the gate's refusal is audited, and for a member of the group the coordinator sees "not
 * notified: consent does not cover custody facts". The coordinator and the office manager read the case by their
 * role. Nobody is told of a change they made themselves. {@code NoticeRecipientTableTests} states this table again
 * and plays it through.
 * <table>
 * <caption>Recipients per kind of notice</caption>
 * <tr><th>event</th><th>members of the group</th><th>coordinator</th><th>office manager</th><th>others</th>
 *     <th>client (to tell)</th></tr>
 * <tr><td>release date set, moved or cleared</td><td>consent decides</td><td>yes</td><td>yes</td><td>—</td>
 *     <td>yes</td></tr>
 * <tr><td>early release</td><td>consent decides</td><td>yes</td><td>yes</td><td>—</td><td>yes</td></tr>
 * <tr><td>transfer</td><td>consent decides</td><td>yes</td><td>yes</td><td>all prison staff of the receiving
 *     institution (the prison rule lets them read the client once moved)</td><td>yes</td></tr>
 * <tr><td>released</td><td>consent decides</td><td>yes</td><td>yes</td><td>—</td><td>yes</td></tr>
 * <tr><td>returned to custody</td><td>consent decides</td><td>yes</td><td>yes</td><td>—</td><td>yes</td></tr>
 * <tr><td>change of responsible municipality</td><td>consent decides</td><td>yes</td><td>yes</td><td>staff of the
 *     social-services organisations in the old and the new municipality: consent decides (in practice only the
 *     group's social-services member is let through; the others' refusals are audited)</td><td>yes</td></tr>
 * <tr><td>measure given</td><td>—</td><td>—</td><td>—</td><td>its responsible person (or, a directory contact
 *     being responsible, the owner organisation's members of the group): consent decides</td><td>—</td></tr>
 * <tr><td>measure accepted or declined</td><td>—</td><td>yes</td><td>—</td><td>—</td><td>—</td></tr>
 * <tr><td>coordinator handed over</td><td>—</td><td>the new one</td><td>yes</td><td>the former coordinator,
 *     without the client's name once they no longer read the case</td><td>—</td></tr>
 * <tr><td>consent withdrawn, or running out within 14 days</td><td>—</td><td>yes</td><td>yes</td><td>—</td>
 *     <td>—</td></tr>
 * <tr><td>meeting booked, moved or cancelled</td><td>—</td><td>—</td><td>—</td><td>its invitees with an account:
 *     consent decides</td><td>—</td></tr>
 * <tr><td>meeting no longer fits (after a custody change)</td><td>—</td><td>yes</td><td>yes</td><td>its invitees
 *     with an account: consent decides</td><td>—</td></tr>
 * </table>
 * There is no "contact officer" role: on a transfer every active prison-staff account of the receiving institution
 * is told.
 *
 * <h2>Never lost, never twice</h2>
 * Each listener runs after the change committed, in a transaction of its own, recorded in Spring Modulith's event
 * publication registry until it completes; a node restarted after a crash republishes what was outstanding. The
 * first statement of that transaction inserts the event under its key ({@code notice_event.event_key}, unique):
 * on PostgreSQL a second node delivering the same event at the same moment waits on that row and, once the first
 * commits, finds it and stops; if the first rolls back, the second does the work. The notices themselves are
 * unique per (event, recipient, channel). At most {@code throughcare.events.max-concurrent-listeners} listeners run
 * at once per node. {@code NoticeTwoNodeTests} (two nodes, the same events) and {@code NoticeCrashTests} (kill -9
 * during a burst, restart) show it. When two nodes run the same publication at once (a resubmission while the first
 * still delivers, which Spring Modulith allows by design), the second to finish cannot archive it again: its
 * completion fails with a duplicate key in {@code event_publication_archive} and is logged as an error, while the
 * notices stay once; the publication is complete.
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
        "meeting :: api",
        "meeting :: events",
        "plan :: events",
        "referral :: events"})
package org.throughcare.notification;
