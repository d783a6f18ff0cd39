package org.throughcare.notification.mail;

import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.throughcare.notification.MailChoice;

/**
 * Queues a meeting's calendar invitation (or cancellation) for an invitee, in the outbox every e-mail goes through,
 * so it is as durable and as retried as any other. The rule on the user's e-mail choice: an invitation is
 * time-critical and one message per change, so it goes at once (after the coalescing window, which lets a quick
 * second change replace the first, and quiet hours) both for those who chose one e-mail per notice and for those who
 * chose a daily digest; nobody who chose no e-mail gets one (their calendar subscription still shows the meeting).
 * With no mail server configured nothing is queued.
 */
@Component
public class InvitationMail {

    private final MailOutbox outbox;
    private final MailChoices choices;
    private final MailTiming timing;
    private final ObjectProvider<JavaMailSender> mail;

    InvitationMail(MailOutbox outbox, MailChoices choices, MailTiming timing, ObjectProvider<JavaMailSender> mail) {
        this.outbox = outbox;
        this.choices = choices;
        this.timing = timing;
        this.mail = mail;
    }

    /** Whether invitations are sent at all: a mail server is configured. */
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    /**
     * {@code recipient} is to hear of the meeting as it stands at {@code sequence}; once per meeting, sequence and
     * recipient, however often the change is delivered. Returns whether a row was added.
     */
    public boolean invited(UUID meetingId, int sequence, UUID recipient, Instant at) {
        if (mail.getIfAvailable() == null) {
            return false;
        }
        MailChoice.Frequency frequency = choices.of(recipient).map(MailChoice::frequency)
                .orElse(MailChoice.Frequency.IMMEDIATE);
        if (frequency == MailChoice.Frequency.NONE) {
            return false;
        }
        return outbox.addInvitation("invite:" + meetingId + ":" + sequence + ":" + recipient, recipient, meetingId,
                sequence, timing.immediateDue(at));
    }
}
