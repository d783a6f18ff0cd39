package org.throughcare.notification.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.throughcare.notification.MailChoice;

/**
 * Queues the e-mail that tells a recipient of a new notice, in the transaction that made the notice, by their
 * choice: one per notice (after the coalescing window and quiet hours), one digest per day, or none. With no mail
 * server configured ({@code spring.mail.host} unset) nothing is queued: nothing waits to flood a server configured
 * later with old news.
 */
@Component
public class NoticeMail {

    private final MailOutbox outbox;
    private final MailChoices choices;
    private final MailTiming timing;
    private final ObjectProvider<JavaMailSender> mail;

    NoticeMail(MailOutbox outbox, MailChoices choices, MailTiming timing, ObjectProvider<JavaMailSender> mail) {
        this.outbox = outbox;
        this.choices = choices;
        this.timing = timing;
        this.mail = mail;
    }

    /** A notice of {@code eventId} was made for {@code recipient} at {@code at}. */
    public void noticeMade(UUID eventId, UUID recipient, Instant at) {
        if (mail.getIfAvailable() == null) {
            return;
        }
        MailChoice.Frequency frequency = choices.of(recipient).map(MailChoice::frequency)
                .orElse(MailChoice.Frequency.IMMEDIATE);
        switch (frequency) {
            case IMMEDIATE -> outbox.add("notice:" + eventId + ":" + recipient, recipient, eventId, null,
                    timing.immediateDue(at));
            case DIGEST -> {
                LocalDate day = timing.digestDay(at);
                outbox.add("digest:" + recipient + ":" + day, recipient, null, day, timing.digestAt(day));
            }
            case NONE -> {
            }
        }
    }
}
