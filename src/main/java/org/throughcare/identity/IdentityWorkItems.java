package org.throughcare.identity;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.throughcare.identity.internal.UserQueries;
import org.throughcare.shared.Actor;
import org.throughcare.shared.Role;
import org.throughcare.shared.contribution.WorkItem;
import org.throughcare.shared.contribution.WorkItems;

/**
 * The accounts on the administrator's start page: those locked out after failed logins now, each linking to
 * the account, where it is unlocked. Nothing appears while no account is locked.
 */
@Component
class IdentityWorkItems implements WorkItems {

    private final UserQueries queries;
    private final Clock clock;

    IdentityWorkItems(UserQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            return List.of();
        }
        List<UserQueries.LockedAccount> locked = queries.lockedAccounts(clock.instant());
        if (locked.isEmpty()) {
            return List.of();
        }
        List<WorkItem.Line> lines = locked.stream().map(a -> WorkItem.Line.of(a.displayName() + " (" + a.username()
                + ")", "/admin/users/" + a.id() + "/edit", "work.lockedAddresses", a.addresses())).toList();
        return List.of(WorkItem.of("locked-accounts", 20, "work.lockedAccounts", locked.size(), lines,
                "/admin/users"));
    }
}
