package org.throughcare.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.meeting.CalendarInvitation;
import org.throughcare.meeting.MeetingCalendar;
import org.throughcare.notification.MailChoice;
import org.throughcare.notification.internal.Notices;
import org.throughcare.shared.PublicAddress;

/**
 * Sends what the outbox holds once it is due, on the scheduler's thread, never a request's. Each batch is claimed
 * in a short transaction (locked rows skipped, so another node takes other rows) and leased; each e-mail is then
 * sent outside any transaction and marked sent in another short one. A server that is down or refuses gets the
 * row back later, with a back-off that doubles up to an hour; after three days it is given up. An e-mail says
 * only that there is a new notice, with a link to it: no client, no date, no institution.
 */
@Component
public class NoticeMailSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailSender.class);
    /** Long enough for a batch even when each e-mail waits for the server's time-outs. */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    private static final int BATCH = 10;

    private final MailOutbox outbox;
    private final MailChoices choices;
    private final Notices notices;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final PublicAddress address;
    private final ObjectProvider<JavaMailSender> mail;
    private final MeetingCalendar calendar;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String defaultLanguage;

    NoticeMailSender(MailOutbox outbox, MailChoices choices, Notices notices, IdentityManagement identity,
               MessageSource messages, PublicAddress address, ObjectProvider<JavaMailSender> mail,
               MeetingCalendar calendar, PlatformTransactionManager transactions, Clock clock,
               @Value("${throughcare.accounts.mail-from:throughcare@localhost}") String from,
               @Value("${throughcare.notification.default-language:en}") String defaultLanguage) {
        this.outbox = outbox;
        this.choices = choices;
        this.notices = notices;
        this.identity = identity;
        this.messages = messages;
        this.address = address;
        this.mail = mail;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.defaultLanguage = defaultLanguage;
    }

    @Scheduled(fixedDelayString = "${throughcare.notification.mail.poll-interval:10s}")
    void sendScheduled() {
        sendDue();
    }

    /** Sends every row due now; returns how many e-mails this call sent. */
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            Instant lease = now.plus(LEASE).truncatedTo(ChronoUnit.MILLIS);
            List<MailOutbox.Claimed> batch = transaction.execute(t -> outbox.claim(now, lease, BATCH));
            if (batch == null || batch.isEmpty()) {
                return sent;
            }
            for (MailOutbox.Claimed row : batch) {
                sent += deliver(sender, row, lease) ? 1 : 0;
            }
        }
    }

    /** An e-mail ready to go: a plain one, or a meeting invitation with its calendar part. */
    private interface Outgoing {
        void sendWith(JavaMailSender sender);
    }

    private boolean deliver(JavaMailSender sender, MailOutbox.Claimed row, Instant lease) {
        Optional<Outgoing> message = transaction.execute(t -> outbox.stillLeased(row.id(), lease)
                ? compose(row) : Optional.empty());
        if (message == null || message.isEmpty()) {
            return false;
        }
        try {
            message.get().sendWith(sender);
        } catch (MailException e) {
            Instant now = clock.instant();
            // The log and the row name the failure's kind only: the message of some exceptions holds the address.
            String why = e.getClass().getSimpleName();
            transaction.executeWithoutResult(t -> {
                if (row.dueAt().isBefore(now.minus(GIVE_UP_AFTER))) {
                    outbox.drop(row.id(), now, "gave up: " + why);
                } else {
                    outbox.retry(row.id(), now.plus(backOff(row.attempts())), why);
                }
            });
            log.warn("Could not send a notice e-mail ({}); attempt {}, will retry", why, row.attempts());
            return false;
        }
        Boolean marked = transaction.execute(t -> outbox.markSent(row.id(), clock.instant()));
        return Boolean.TRUE.equals(marked);
    }

    /** The e-mail for this row, or empty when it is not to be sent (then the row says why). */
    private Optional<Outgoing> compose(MailOutbox.Claimed row) {
        Instant now = clock.instant();
        Optional<String> to = identity.mailAddress(row.recipientId());
        if (to.isEmpty()) {
            outbox.drop(row.id(), now, "no address or account inactive");
            return Optional.empty();
        }
        Locale language = Locale.forLanguageTag(choices.of(row.recipientId()).map(MailChoice::language)
                .orElse(defaultLanguage));
        if (row.meetingId() != null) {
            return invitation(row, to.get(), language, now);
        }
        String subject;
        String text;
        if (row.eventId() != null) {
            Optional<UUID> notice = notices.noticeToMail(row.eventId(), row.recipientId());
            if (notice.isEmpty()) {
                outbox.drop(row.id(), now, "folded into a later notice or withdrawn");
                return Optional.empty();
            }
            subject = messages.getMessage("mail.notice.subject", null, language);
            text = messages.getMessage("mail.notice.text", new Object[] {address.link("/notifications/" + notice.get())},
                    language);
        } else {
            long unread = notices.unread(row.recipientId());
            if (unread == 0) {
                outbox.drop(row.id(), now, "nothing unread");
                return Optional.empty();
            }
            subject = messages.getMessage("mail.digest.subject", null, language);
            text = messages.getMessage("mail.digest.text",
                    new Object[] {unread, address.link("/notifications?show=unread")}, language);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.get());
        message.setSubject(subject);
        message.setText(text);
        return Optional.of(s -> s.send(message));
    }

    /**
     * The meeting's invitation as it stands now; not sent when the invitee is no longer invited, or when a later
     * change has queued a newer invitation (which says the same, with a higher SEQUENCE).
     */
    private Optional<Outgoing> invitation(MailOutbox.Claimed row, String to, Locale language, Instant now) {
        Optional<CalendarInvitation> invitation = calendar.invitation(row.meetingId(), row.recipientId(), to,
                InvitationMessages.addressOf(from), language);
        if (invitation.isEmpty()) {
            outbox.drop(row.id(), now, "no longer invited");
            return Optional.empty();
        }
        if (row.calendarSequence() != null && invitation.get().sequence() > row.calendarSequence()) {
            outbox.drop(row.id(), now, "superseded by a later invitation");
            return Optional.empty();
        }
        MimeMessagePreparator message = InvitationMessages.of(from, to, invitation.get());
        return Optional.of(s -> s.send(message));
    }

    static Duration backOff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
