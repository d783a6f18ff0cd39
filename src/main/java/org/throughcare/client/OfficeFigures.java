package org.throughcare.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.internal.ClientAccess;
import org.throughcare.client.internal.ClientReadModel;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.Role;

/**
 * Counts across an office rather than one case, for those who run it: each coordinator's active clients and the
 * enrolled clients per office (managers, and the national analyst for every office), and the target pool of
 * people soon released (counts for every reader with a scope, names only of those the reader may see).
 */
@NamedInterface("api")
@Service
public class OfficeFigures {

    /** The target pool lists the people with the soonest release; the counts cover everyone. */
    static final int POOL_LIST_SIZE = 50;

    private final ClientReadModel reads;
    private final ClientAccess access;
    private final AccessGate gate;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final CaseloadLines lines;
    private final Clock clock;

    OfficeFigures(ClientReadModel reads, ClientAccess access, AccessGate gate, DirectoryManagement directory,
                  IdentityManagement identity, CaseloadLines lines, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.gate = gate;
        this.directory = directory;
        this.identity = identity;
        this.lines = lines;
        this.clock = clock;
    }

    /**
     * For a manager: per coordinator of their office (by name, with their id), how many active clients they
     * coordinate. Counts only, so nothing about a client is read.
     */
    @Transactional(readOnly = true)
    public List<CoordinatorLoadView> activeByCoordinator(Actor actor) {
        ClientAccess.Scope scope = access.scopeOf(actor);
        if (actor.role() != Role.MANAGER || scope.kind() != ClientAccess.Kind.OFFICE) {
            return List.of();
        }
        Map<UUID, Integer> counts = reads.activeByCoordinator(scope.officeId());
        Map<UUID, String> names = identity.displayNames(counts.keySet());
        return counts.entrySet().stream().map(e -> new CoordinatorLoadView(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** Names only for readers who may see people in that office; counts for the national analyst too. */
    @Transactional(readOnly = true)
    public TargetPoolView targetPool(int months, Actor actor) {
        ClientAccess.Scope scope = access.scopeOf(actor);
        if (scope.kind() == ClientAccess.Kind.NONE) {
            throw new AccessDeniedException("no access to the target pool");
        }
        int window = Math.max(1, Math.min(months, 36));
        LocalDate from = LocalDate.now(clock);
        LocalDate until = from.plusMonths(window);
        List<ClientReadModel.PoolCount> counts = reads.poolCounts(scope, from, until);
        Map<UUID, String> offices = directory.names(counts.stream().map(ClientReadModel.PoolCount::officeId).toList());
        List<TargetPoolView.Count> named = counts.stream().map(c -> new TargetPoolView.Count(offices.get(c.officeId()),
                c.year(), c.month(), c.notScreened(), c.eligibleNotEnrolled())).toList();
        return new TargetPoolView(window, from, until, named,
                named.stream().mapToInt(TargetPoolView.Count::notScreened).sum(),
                named.stream().mapToInt(TargetPoolView.Count::eligibleNotEnrolled).sum(),
                listed(actor, reads.poolPeople(access.visibility(actor, gate.visibleThroughGroup(actor,
                        DataCategory.BASIC_AND_CUSTODY)), from, until, POOL_LIST_SIZE)));
    }

    /**
     * Enrolled clients by office, as ids, for figures that count them (consent completeness): a manager's
     * office, or every office for the national analyst. Ids are not shown to anyone.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<UUID>> enrolledByOffice(Actor actor) {
        ClientAccess.Scope scope = access.scopeOf(actor);
        if (actor.role() == Role.NATIONAL_ANALYST) {
            return reads.enrolledByOffice(null);
        }
        if (actor.role() == Role.MANAGER && scope.kind() == ClientAccess.Kind.OFFICE) {
            return reads.enrolledByOffice(scope.officeId());
        }
        throw new AccessDeniedException("figures are for managers and the national analyst");
    }

    /** The people a pool lists, each recorded as shown to the reader. */
    private List<CaseloadLineView> listed(Actor actor, List<ClientReadModel.Row> rows) {
        gate.listed(actor, rows.stream().map(r -> new ClientId(r.id())).toList(), DataCategory.BASIC_AND_CUSTODY,
                "target pool");
        return lines.of(rows, actor);
    }
}
