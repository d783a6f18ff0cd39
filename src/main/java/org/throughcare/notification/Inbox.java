package org.throughcare.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.notification.internal.Notices;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * A person's own notices, newest first. Their content passed the gate for them when it was made, and passes it
 * again whenever it is read: a reader who may no longer read the client (consent withdrawn, left the group, the
 * client moved from their institution) sees the notice's kind and time only, and what is shown is audited as the
 * read it is. Only its recipient ever sees a notice: another's is not found, whoever asks.
 */
@Service
public class Inbox {

    static final String PURPOSE = "inbox";

    private final Notices notices;
    private final AccessGate gate;
    private final Clock clock;

    Inbox(Notices notices, AccessGate gate, Clock clock) {
        this.notices = notices;
        this.gate = gate;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<NoticeView> page(InboxFilter filter, PageRequest page, Actor actor) {
        UUID me = actor.userId().value();
        return new ResultPage<>(asTheGateAllowsNow(notices.inbox(me, filter, page.offset(), page.size()), actor),
                page.number(), page.size(), notices.inboxSize(me, filter));
    }

    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        return notices.unread(actor.userId().value());
    }

    /** One of the actor's notices; another's is not found. */
    @Transactional(readOnly = true)
    public NoticeView one(UUID notice, Actor actor) {
        return asTheGateAllowsNow(List.of(mine(notice, actor)), actor).get(0);
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

    /**
     * Each notice as the gate lets this reader read it now: whole, or withheld. The gate is asked without an entry
     * per notice ({@code may}); what is shown is then audited once per client and category, as a list read is.
     */
    private List<NoticeView> asTheGateAllowsNow(List<NoticeView> views, Actor actor) {
        Map<ClientId, Map<DataCategory, Boolean>> decided = new HashMap<>();
        Map<DataCategory, Set<ClientId>> shown = new EnumMap<>(DataCategory.class);
        List<NoticeView> result = new ArrayList<>(views.size());
        for (NoticeView view : views) {
            if (view.clientId() == null) {
                result.add(view);
                continue;
            }
            ClientId client = new ClientId(view.clientId());
            Map<DataCategory, Boolean> mayRead = decided.computeIfAbsent(client, c -> new EnumMap<>(DataCategory.class));
            boolean allowed = view.kind().reveals().stream().allMatch(category -> mayRead.computeIfAbsent(category,
                    c -> gate.may(actor, client, c, Action.READ)));
            if (allowed) {
                view.kind().reveals().forEach(category -> shown.computeIfAbsent(category, c -> new HashSet<>()).add(client));
                result.add(view);
            } else {
                result.add(view.withheldNow());
            }
        }
        if (!shown.isEmpty()) {
            gate.listed(actor, shown, PURPOSE);
        }
        return result;
    }
}
