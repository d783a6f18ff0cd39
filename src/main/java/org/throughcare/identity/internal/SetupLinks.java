package org.throughcare.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.throughcare.identity.SetupLink;
import org.throughcare.shared.PublicAddress;

/**
 * Issues a one-time link to set a password and gets it to its person: by mail when a mail server is configured
 * ({@code spring.mail.host}) and the account has an address, otherwise back to the administrator to pass on.
 * The mail leaves our access control, so it carries the link and nothing else — no name, no role.
 */
@Component
public class SetupLinks {

    private static final Logger log = LoggerFactory.getLogger(SetupLinks.class);

    private final PasswordLinks links;
    private final PublicAddress address;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final Clock clock;

    SetupLinks(PasswordLinks links, PublicAddress address, ObjectProvider<JavaMailSender> mail, MessageSource messages,
               AccountProperties properties, Clock clock) {
        this.links = links;
        this.address = address;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    public SetupLink issue(UserAccount account) {
        Instant now = clock.instant();
        Instant expires = now.plus(properties.setupLinkValidity());
        String url = address.link("/account/setup/" + links.issue(account.id(), now, expires));
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null && account.email() != null && !account.email().isBlank()) {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.mailFrom());
                message.setTo(account.email());
                message.setSubject(messages.getMessage("mail.setup.subject", null, LocaleContextHolder.getLocale()));
                message.setText(messages.getMessage("mail.setup.text", new Object[] {url}, LocaleContextHolder.getLocale()));
                sender.send(message);
                return new SetupLink(null, true, expires);
            } catch (MailException e) {
                // The administrator gets the link to pass on instead; the log names no person.
                log.warn("Could not mail a set-password link ({}); showing it to the administrator", e.getClass().getSimpleName());
            }
        }
        return new SetupLink(url, false, expires);
    }
}
