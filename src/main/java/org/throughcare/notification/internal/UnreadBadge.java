package org.throughcare.notification.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.HeaderBadge;
import org.throughcare.shared.contribution.HeaderBadges;

/** The unread count in every page's header, for everyone who can be sent notices (not the analyst, not the administrator). */
@Component
class UnreadBadge implements HeaderBadges {

    private final Notices notices;

    UnreadBadge(Notices notices) {
        this.notices = notices;
    }

    @Override
    public List<HeaderBadge> badgesFor(Actor actor) {
        if (actor.role() == Role.NATIONAL_ANALYST || actor.role() == Role.ADMINISTRATOR) {
            return List.of();
        }
        return List.of(new HeaderBadge("notices", 10, "notice.badge", notices.unread(actor.userId().value()),
                "/notifications"));
    }
}
