package org.throughcare.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.internal.ClientAccess;
import org.throughcare.client.internal.ClientReadModel;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.Actor;

/**
 * A caseload's lines as readers see them, with office and coordinator named and the days to release: one shape for
 * the caseload ({@link ClientQueries}) and the target pool ({@link OfficeFigures}). The callers have decided which
 * rows the reader may see and recorded them as shown.
 */
@Component
class CaseloadLines {

    private final ClientAccess access;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final Clock clock;

    CaseloadLines(ClientAccess access, DirectoryManagement directory, IdentityManagement identity, Clock clock) {
        this.access = access;
        this.directory = directory;
        this.identity = identity;
        this.clock = clock;
    }

    List<CaseloadLineView> of(List<ClientReadModel.Row> rows, Actor actor) {
        Set<UUID> offices = new HashSet<>();
        Set<UUID> coordinators = new HashSet<>();
        rows.forEach(r -> {
            offices.add(r.officeId());
            coordinators.add(r.coordinatorId());
        });
        Map<UUID, String> officeNames = directory.names(offices);
        Map<UUID, String> coordinatorNames = identity.displayNames(coordinators);
        return rows.stream().map(r -> new CaseloadLineView(r.id(), r.fullName(), r.personalNumber(), r.stage(),
                r.stageSince(), officeNames.get(r.officeId()), coordinatorNames.get(r.coordinatorId()),
                r.releaseDate(), daysToRelease(r), access.responsibleFor(actor, r.coordinatorId(), r.officeId())))
                .toList();
    }

    /** Days until release while the client is in custody; null otherwise. */
    Integer daysToRelease(ClientReadModel.Row row) {
        if (row.releaseDate() == null || !row.stage().inCustody()) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(LocalDate.now(clock), row.releaseDate());
    }
}
