package org.throughcare.client;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.throughcare.client.internal.CustodyEventLog;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;

/** Custody events in words: institutions, municipalities and the people who recorded them by name. */
@Component
class CustodyEventViews {

    private final DirectoryManagement directory;
    private final IdentityManagement identity;

    CustodyEventViews(DirectoryManagement directory, IdentityManagement identity) {
        this.directory = directory;
        this.identity = identity;
    }

    /** The answer to the one who recorded the event: what they sent, with its reason. */
    CustodyEventView answer(CustodyEventLog.Entry entry) {
        return of(List.of(entry), true).get(0);
    }

    List<CustodyEventView> of(List<CustodyEventLog.Entry> entries, boolean reasons) {
        Set<UUID> institutions = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        entries.forEach(e -> {
            if (e.fromInstitutionId() != null) {
                institutions.add(e.fromInstitutionId());
            }
            if (e.toInstitutionId() != null) {
                institutions.add(e.toInstitutionId());
            }
            people.add(e.recordedBy());
        });
        Map<UUID, String> names = directory.names(institutions);
        Map<UUID, String> recorders = identity.displayNames(people);
        return entries.stream().map(e -> new CustodyEventView(e.id(), e.kind(), e.effectiveOn(), e.fromInstitutionId(),
                names.get(e.fromInstitutionId()), e.toInstitutionId(), names.get(e.toInstitutionId()),
                municipality(e.fromMunicipality()), municipality(e.toMunicipality()), e.earlyReleaseType(),
                e.returnReason(), reasons ? e.reason() : null, e.source(), e.externalId(),
                recorders.getOrDefault(e.recordedBy(), "?"), e.occurredAt(), e.recordedAt(), e.applied(),
                e.enteredAfterwards())).toList();
    }

    private String municipality(String code) {
        return code == null ? null : directory.municipality(code).map(m -> m.name()).orElse(code);
    }
}
