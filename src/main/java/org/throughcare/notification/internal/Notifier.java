package org.throughcare.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.notification.NoticeKind;
import org.throughcare.notification.mail.NoticeMail;
import org.throughcare.notification.webhook.WebhookOutbox;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.UserId;

/**
 * Turns one event into notices, in the listener's transaction: the event is stored once under its key (a
 * redelivery finds it and stops), then each person is told what the gate lets them read at this moment — the
 * decision is audited for them as the disclosure it is — and each member's outcome is kept for the coordinator.
 * A custody change is folded into a chain with the client's changes just before it ({@link Coalescing}); each
 * notice made queues its e-mail by the recipient's choice ({@link NoticeMail}), in the same transaction.
 */
@Component
class Notifier {

    static final String IN_APP = "IN_APP";
    static final String PURPOSE = "notice disclosure";

    /** Why a member of the group was or was not told; the coordinator sees it per member. */
    enum Outcome { NOTIFIED, NOT_COVERED, NO_ACCESS, NO_ACCOUNT, MADE_THE_CHANGE }

    /**
     * What happened, as a notice tells it; {@code by} (who made the change) is not told of their own change;
     * {@code at}, when the change was made (absent: when it is told), which orders a chain of custody changes
     * whatever order their events arrive in; {@code enteredAfterwards}, the change was recorded later than the day it
     * happened (or, for a date, was decided), as its event says, so it describes the past: it joins no chain and no
     * acknowledgement time is measured for it.
     */
    record Happening(String key, NoticeKind kind, ClientId client, LocalDate previousDate, LocalDate newDate,
                     UUID subjectId, UserId by, String detail, Instant at, boolean enteredAfterwards) {

        Happening(String key, NoticeKind kind, ClientId client, LocalDate previousDate, LocalDate newDate,
                  UUID subjectId, UserId by, String detail) {
            this(key, kind, client, previousDate, newDate, subjectId, by, detail, null, false);
        }
    }

    /**
     * Someone who may be told. {@code member}: of the client's group, so the coordinator sees their outcome;
     * {@code formerCoordinator}: no longer reads the case, told only that it passed on, without client data.
     */
    record Person(UUID userId, UUID contactId, String name, UUID organisationId, boolean member,
                  boolean formerCoordinator) {

        static Person user(UUID userId) {
            return new Person(userId, null, null, null, false, false);
        }
    }

    private final Notices notices;
    private final NoticeFollowUps followUps;
    private final AccessGate gate;
    private final ClientAccessFacts clients;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final Clock clock;
    private final Coalescing coalescing;
    private final NoticeMail mail;
    private final WebhookOutbox webhooks;

    Notifier(Notices notices, NoticeFollowUps followUps, AccessGate gate, ClientAccessFacts clients,
             IdentityManagement identity, MessageSource messages, Clock clock, Coalescing coalescing, NoticeMail mail,
             WebhookOutbox webhooks) {
        this.notices = notices;
        this.followUps = followUps;
        this.coalescing = coalescing;
        this.mail = mail;
        this.gate = gate;
        this.clients = clients;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    /** Returns how many notices it made; none when the event had been made into notices before. */
    int tell(Happening happening, Collection<Person> people) {
        Optional<ClientAccessFacts.Facts> facts = clients.of(happening.client());
        Optional<ClientAccessFacts.Addressing> addressing = clients.addressing(happening.client());
        if (facts.isEmpty() || addressing.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        UUID eventId = UUID.randomUUID();
        Notices.Event event = new Notices.Event(eventId, happening.key(), happening.kind(),
                happening.client().value(), facts.get().probationOfficeId(), happening.previousDate(),
                happening.newDate(), happening.subjectId(), happening.kind().needsAcknowledgement(), now,
                happening.at() != null ? happening.at() : now, happening.enteredAfterwards());
        if (!notices.insertEvent(event)) {
            return 0;
        }
        coalescing.fold(event, now);
        int told = 0;
        for (Person person : distinct(people).values()) {
            Outcome outcome = tellOne(eventId, happening, person, addressing.get().fullName(), now);
            told += outcome == Outcome.NOTIFIED ? 1 : 0;
            if (person.member()) {
                followUps.insertOutcome(eventId, person.userId() != null ? person.userId() : person.contactId(),
                        person.name(), person.organisationId(), outcome.name());
            }
        }
        // The organisations of those told get the event on their webhooks, in this transaction: once or not at all.
        webhooks.queue(eventId, happening.kind(), happening.client(), happening.subjectId(), now);
        if (happening.kind().tellsClient()) {
            Locale language = languageOf(addressing.get().preferredLanguage());
            followUps.insertClientNotice(eventId, happening.client().value(), language.getLanguage(),
                    clientText(happening, language), now);
        }
        return told;
    }

    private Outcome tellOne(UUID eventId, Happening happening, Person person, String clientName, Instant now) {
        if (person.userId() == null) {
            return Outcome.NO_ACCOUNT;
        }
        if (happening.by() != null && happening.by().value().equals(person.userId())) {
            return Outcome.MADE_THE_CHANGE;
        }
        Optional<Actor> recipient = identity.activeActor(person.userId());
        if (recipient.isEmpty()) {
            return Outcome.NO_ACCOUNT;
        }
        Set<DataCategory> reveals = happening.kind().reveals();
        Map<DataCategory, Ground> grounds = gate.checkEach(recipient.get(), happening.client(), reveals, Action.READ,
                PURPOSE);
        boolean allowed = grounds.values().stream().allMatch(Ground::allows);
        if (!allowed && person.formerCoordinator()) {
            // What they are told names no client: only that a case they coordinated has passed on.
            if (notices.insertNotice(eventId, person.userId(), IN_APP, null, null, now)) {
                mail.noticeMade(eventId, person.userId(), now);
            }
            return Outcome.NOTIFIED;
        }
        if (!allowed) {
            return grounds.values().contains(Ground.NO_CONSENT) ? Outcome.NOT_COVERED : Outcome.NO_ACCESS;
        }
        Ground basic = grounds.get(DataCategory.BASIC_AND_CUSTODY);
        boolean managesCase = basic == Ground.CLIENT_COORDINATOR || basic == Ground.OFFICE_MANAGER;
        if (notices.insertNotice(eventId, person.userId(), IN_APP, clientName, managesCase ? happening.detail() : null,
                now)) {
            mail.noticeMade(eventId, person.userId(), now);
        }
        return Outcome.NOTIFIED;
    }

    /** Each person once: a member who is also the office manager is one recipient, and still a member. */
    private static Map<UUID, Person> distinct(Collection<Person> people) {
        Map<UUID, Person> byId = new LinkedHashMap<>();
        for (Person p : people) {
            UUID id = p.userId() != null ? p.userId() : p.contactId();
            byId.merge(id, p, (a, b) -> new Person(a.userId(), a.contactId(), a.name() != null ? a.name() : b.name(),
                    a.organisationId() != null ? a.organisationId() : b.organisationId(), a.member() || b.member(),
                    a.formerCoordinator() && b.formerCoordinator()));
        }
        return byId;
    }

    /** Swedish or Norwegian when the client's recorded language is one of them, else English. */
    static Locale languageOf(String preferred) {
        String language = preferred == null ? "" : preferred.strip().toLowerCase(Locale.ROOT);
        if (language.startsWith("sv") || language.startsWith("swe") || language.startsWith("sw")) {
            return Locale.forLanguageTag("sv");
        }
        if (language.startsWith("nb") || language.startsWith("no") || language.startsWith("nn")) {
            return Locale.forLanguageTag("nb");
        }
        return Locale.ENGLISH;
    }

    private String clientText(Happening happening, Locale language) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        if (happening.newDate() == null) {
            return messages.getMessage("notice.client." + happening.kind() + ".cleared", null, language);
        }
        return messages.getMessage("notice.client." + happening.kind(), new Object[] {dates.format(happening.newDate())},
                language);
    }
}
