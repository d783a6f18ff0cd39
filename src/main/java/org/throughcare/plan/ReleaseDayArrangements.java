package org.throughcare.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.plan.internal.PlanHistory;
import org.throughcare.plan.internal.ReleaseDayItems;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.StaleEditException;

/**
 * The release-day arrangements (who meets the client at the gate, where they sleep the first night…), each
 * owned by an organisation in the group, saved by those the gate lets change the case.
 */
@NamedInterface("api")
@Service
public class ReleaseDayArrangements {

    private final ReleaseDayItems releaseDay;
    private final PlanManagement plans;
    private final PlanHistory history;
    private final AccessGate gate;
    private final Clock clock;

    ReleaseDayArrangements(ReleaseDayItems releaseDay, PlanManagement plans, PlanHistory history, AccessGate gate,
                           Clock clock) {
        this.releaseDay = releaseDay;
        this.plans = plans;
        this.history = history;
        this.gate = gate;
        this.clock = clock;
    }

    /** Saves the arrangements that changed; each one arranged must have an owner from the group. */
    @Transactional
    public void save(ClientId client, ArrangeReleaseDay plan, Actor actor) {
        gate.requireChange(actor, client, "release-day plan");
        Map<UUID, String> organisations = PlanManagement.organisations(plans.people(client, actor));
        Map<ReleaseDayItem, ReleaseDayItems.Row> saved = releaseDay.ofClient(client.value());
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        java.util.Set<ReleaseDayItem> seen = java.util.EnumSet.noneOf(ReleaseDayItem.class);
        for (int i = 0; i < plan.items().size(); i++) {
            ReleaseDayEntry entry = plan.items().get(i);
            String at = "items[" + i + "].";
            if (!seen.add(entry.item())) {
                problems.add(new InvalidInputException.Problem(at + "item", "validation.releaseDay.itemTwice"));
            }
            if (entry.ownerOrganisationId() != null && !organisations.containsKey(entry.ownerOrganisationId())) {
                problems.add(new InvalidInputException.Problem(at + "ownerOrganisationId",
                        "validation.measure.ownerNotInGroup"));
            }
            if (entry.ownerOrganisationId() == null && (notBlank(entry.arrangement()) || notBlank(entry.responsibleName()))) {
                problems.add(new InvalidInputException.Problem(at + "ownerOrganisationId",
                        "validation.releaseDay.ownerRequired"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = clock.instant();
        for (ReleaseDayEntry entry : plan.items()) {
            ReleaseDayItems.Row before = saved.get(entry.item());
            ReleaseDayItems.Row after = new ReleaseDayItems.Row(entry.item(), blankToNull(entry.arrangement()),
                    entry.ownerOrganisationId(), blankToNull(entry.responsibleName()),
                    entry.version() == null ? -1 : entry.version(), actor.userId().value(), now);
            if (before == null ? after.arrangement() == null && after.ownerId() == null : sameArrangement(before, after)) {
                continue;
            }
            // A version the author did not see (a save in between, or an item first saved meanwhile) is stale.
            boolean stale = before == null ? entry.version() != null : !releaseDay.update(client.value(), after);
            if (stale) {
                throw new StaleEditException("release-day plan");
            }
            if (before == null) {
                try {
                    releaseDay.insert(client.value(), after);
                } catch (DuplicateKeyException e) {
                    throw new StaleEditException("release-day plan");
                }
            }
            history.record(client, null, entry.item().name(), "RELEASE_DAY_CHANGED", List.of(
                    PlanFact.of("arrangement", after.arrangement()),
                    PlanFact.of("owner", after.ownerId() == null ? null : organisations.get(after.ownerId())),
                    PlanFact.of("responsible", after.responsibleName())), actor, now);
        }
    }

    private static boolean sameArrangement(ReleaseDayItems.Row a, ReleaseDayItems.Row b) {
        return Objects.equals(a.arrangement(), b.arrangement()) && Objects.equals(a.ownerId(), b.ownerId())
                && Objects.equals(a.responsibleName(), b.responsibleName());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
