package org.throughcare.notification;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.notification.mail.MailChoices;
import org.throughcare.shared.Actor;
import org.throughcare.shared.StaleEditException;

/**
 * A user's own choice of e-mail about their notices: immediate, a daily digest or none. Each reads and changes
 * only their own; a change is audited.
 */
@Service
public class MailSettings {

    private final MailChoices choices;
    private final AuditLog audit;
    private final Clock clock;
    private final String defaultLanguage;

    MailSettings(MailChoices choices, AuditLog audit, Clock clock,
                 @Value("${throughcare.notification.default-language:en}") String defaultLanguage) {
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
        this.defaultLanguage = defaultLanguage;
    }

    @Transactional(readOnly = true)
    public MailChoice of(Actor actor) {
        return choices.of(actor.userId().value())
                .orElse(new MailChoice(MailChoice.Frequency.IMMEDIATE, defaultLanguage, 0));
    }

    /** Refused at its field when a value is unknown; a 409 when another window saved meanwhile. */
    @Transactional
    public MailChoice save(SaveMailChoice form, Actor actor) {
        MailChoice choice = form.parsed();
        if (!choices.save(actor.userId().value(), choice, clock.instant())) {
            throw new StaleEditException("notification settings");
        }
        audit.record(new AuditEvent("NOTICE_MAIL_CHOICE_CHANGED", AuditEvent.Outcome.SUCCEEDED, "user",
                actor.userId().toString(), "own notification settings",
                "frequency=" + choice.frequency() + "; language=" + choice.language(), actor, null));
        return new MailChoice(choice.frequency(), choice.language(), choice.version() + 1);
    }
}
