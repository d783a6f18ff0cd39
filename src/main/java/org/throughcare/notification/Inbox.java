package org.throughcare.notification;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.notification.internal.Notices;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * A person's own notices, newest first. Their content passed the gate for them when it was made, and only its
 * recipient ever sees a notice: another's is not found, whoever asks.
 */
@Service
public class Inbox {

    private final Notices notices;
    private final Clock clock;

    Inbox(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<NoticeView> page(InboxFilter filter, PageRequest page, Actor actor) {
        UUID me = actor.userId().value();
        return new ResultPage<>(notices.inbox(me, filter, page.offset(), page.size()), page.number(), page.size(),
                notices.inboxSize(me, filter));
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return notices.unread(actor.userId().value());
    }

    /** One of the actor's notices; another's is not found. */
    @Transactional(readOnly = true)
    public NoticeView one(UUID notice, Actor actor) {
        return mine(notice, actor);
    }

    @Transactional
    public void markRead(UUID notice, Actor actor) {
        mine(notice, actor);
        notices.markRead(notice, actor.userId().value(), clock.instant());
    }

    /** Only a notice that asks for it is acknowledged; acknowledging it again changes nothing. */
    @Transactional
    public void acknowledge(UUID notice, Actor actor) {
        if (!mine(notice, actor).needsAcknowledgement()) {
            throw new InvalidInputException("id", "validation.notice.noAcknowledgement");
        }
        notices.acknowledge(notice, actor.userId().value(), clock.instant());
    }

    private NoticeView mine(UUID notice, Actor actor) {
        return notices.ofRecipient(notice, actor.userId().value()).orElseThrow(() -> new NotFoundException("notice"));
    }
}
