package org.throughcare.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.meeting.internal.CalendarFeeds;
import org.throughcare.shared.Actor;
import org.throughcare.shared.DocumentLocale;
import org.throughcare.shared.PublicAddress;

/**
 * Each user's personal calendar subscription: an address with a secret token that calendar programs fetch without
 * signing in. Only the token's SHA-256 hash is stored; a new token replaces the old one, and a revoked or replaced
 * token finds nothing. The feed lists the meetings the user is invited to, of clients the gate lets them read (see
 * {@link MeetingCalendar} for what an entry says), while their account is active. Every fetch is audited, an unknown token too.
 */
@Service
public class CalendarFeedManagement {

    /** 256 bits: guessing one is hopeless, so a fetch needs no further throttle than the hash lookup. */
    private static final int TOKEN_BYTES = 32;

    private final CalendarFeeds feeds;
    private final MeetingCalendar calendar;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final PublicAddress address;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final int daysBack;
    private final int limit;

    CalendarFeedManagement(CalendarFeeds feeds, MeetingCalendar calendar, IdentityManagement identity, AuditLog audit,
                           PublicAddress address, Clock clock,
                           @Value("${throughcare.meeting.calendar-feed.days-back:90}") int daysBack,
                           @Value("${throughcare.meeting.calendar-feed.max-meetings:500}") int limit) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.identity = identity;
        this.audit = audit;
        this.address = address;
        this.clock = clock;
        this.daysBack = daysBack;
        this.limit = limit;
    }

    @Transactional(readOnly = true)
    public CalendarFeedView feedOf(Actor actor) {
        return feeds.ofUser(actor.userId().value()).map(f -> new CalendarFeedView(true, f.createdAt(), null))
                .orElse(new CalendarFeedView(false, null, null));
    }

    /** A new token for the user, replacing any earlier one; its address is shown this once. */
    @Transactional
    public CalendarFeedView newToken(Actor actor, Locale language) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        feeds.replace(actor.userId().value(), hash(token), DocumentLocale.ofClient(language.getLanguage()).getLanguage(),
                now);
        audit.record(new AuditEvent("CALENDAR_FEED_TOKEN_CREATED", AuditEvent.Outcome.SUCCEEDED, "user",
                actor.userId().toString(), "calendar feed", null, actor, null));
        return new CalendarFeedView(true, now, address(token));
    }

    @Transactional
    public void revoke(Actor actor) {
        if (feeds.revoke(actor.userId().value())) {
            audit.record(new AuditEvent("CALENDAR_FEED_TOKEN_REVOKED", AuditEvent.Outcome.SUCCEEDED, "user",
                    actor.userId().toString(), "calendar feed", null, actor, null));
        }
    }

    /** The feed a token opens, or empty for a token that is unknown, revoked, replaced, or of an inactive account. */
    @Transactional
    public Optional<String> feed(String token) {
        String hash = token == null || token.length() > 100 ? "" : hash(token);
        Optional<CalendarFeeds.Feed> feed = feeds.byHash(hash)
                .filter(f -> MessageDigest.isEqual(f.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)));
        Optional<Actor> owner = feed.flatMap(f -> identity.activeActor(f.userId()));
        if (owner.isEmpty()) {
            audit.record(new AuditEvent("CALENDAR_FEED_READ", AuditEvent.Outcome.DENIED, "user",
                    feed.map(f -> f.userId().toString()).orElse(null), "calendar feed",
                    feed.isPresent() ? "account inactive" : "unknown or revoked token", null, null));
            return Optional.empty();
        }
        audit.record(new AuditEvent("CALENDAR_FEED_READ", AuditEvent.Outcome.ALLOWED, "user",
                owner.get().userId().toString(), "calendar feed", null, owner.get(), null));
        return Optional.of(calendar.feed(owner.get(), Locale.forLanguageTag(feed.get().language()), daysBack,
                limit));
    }

    private String address(String token) {
        return address.link("/calendar/" + token + ".ics");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
