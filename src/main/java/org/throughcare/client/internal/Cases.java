package org.throughcare.client.internal;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.throughcare.shared.Actor;
import org.throughcare.shared.NotFoundException;

/** The first step of every change to a case: find it, check the actor may change it, claim its version. */
@Component
public class Cases {

    private final ClientRecords records;
    private final ClientAccess access;

    Cases(ClientRecords records, ClientAccess access) {
        this.records = records;
        this.access = access;
    }

    public CaseState claim(UUID clientId, Long expectedVersion, Actor actor) {
        CaseState state = records.state(clientId).orElseThrow(() -> new NotFoundException("client"));
        if (!access.scopeOf(actor).covers(state.probationOfficeId())) {
            throw new AccessDeniedException("client outside the actor's office");
        }
        records.advanceVersion(clientId, expectedVersion);
        return state;
    }
}
