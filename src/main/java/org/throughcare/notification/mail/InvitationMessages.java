package org.throughcare.notification.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.throughcare.meeting.CalendarInvitation;

/**
 * An invitation as mail programs recognise one: a multipart/alternative of the plain text and a
 * {@code text/calendar; method=REQUEST} (or CANCEL) part, whose method matches the calendar's METHOD (RFC 6047).
 */
final class InvitationMessages {

    private InvitationMessages() {
    }

    /** The bare address of a sender given as "Name <address>" or as an address: the calendar's ORGANIZER. */
    static String addressOf(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("throughcare.accounts.mail-from is not an e-mail address", e);
        }
    }

    static MimeMessagePreparator of(String from, String to, CalendarInvitation invitation) {
        return mime -> {
            mime.setFrom(new InternetAddress(from));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            mime.setSubject(invitation.subject(), StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(invitation.text(), StandardCharsets.UTF_8.name());
            String type = "text/calendar; charset=UTF-8; method=" + invitation.method();
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    invitation.calendar().getBytes(StandardCharsets.UTF_8), type)));
            calendar.setHeader("Content-Type", type);
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(calendar);
            mime.setContent(alternatives);
        };
    }
}
