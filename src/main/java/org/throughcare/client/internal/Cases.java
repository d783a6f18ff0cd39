package org.throughcare.client.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;

/** The first step of every change to a case: find it, check the actor may change it, claim its version. */
@Component
public class Cases {

    private final ClientRecords records;
    private final AccessGate gate;

    Cases(ClientRecords records, AccessGate gate) {
        this.records = records;
        this.gate = gate;
    }

    public CaseState claim(UUID clientId, Long expectedVersion, Actor actor) {
        return claim(clientId, expectedVersion, actor, AccessGate.Action.WRITE, "change case");
    }

    /** As {@link #claim}, for recording custody facts, which the prison holding the client may do too. */
    public CaseState claimCustody(UUID clientId, Long expectedVersion, Actor actor) {
        return claim(clientId, expectedVersion, actor, AccessGate.Action.RECORD_CUSTODY, "record custody");
    }

    /**
     * As {@link #claimCustody}, for an agency's system, which sends events without the version a page showed:
     * its events are ordered by when they happened instead, under the case's row lock.
     */
    public CaseState claimCustodyFromSystem(UUID clientId, Actor actor) {
        CaseState state = records.state(clientId).orElseThrow(() -> new NotFoundException("client"));
        return claim(clientId, state.version(), actor, AccessGate.Action.RECORD_CUSTODY, "record custody");
    }

    private CaseState claim(UUID clientId, Long expectedVersion, Actor actor, AccessGate.Action action,
                            String purpose) {
        CaseState state = records.state(clientId).orElseThrow(() -> new NotFoundException("client"));
        AccessGate.Ground ground = gate.check(actor, new ClientId(clientId), DataCategory.BASIC_AND_CUSTODY,
                action, purpose);
        if (!ground.allows()) {
            throw AccessRefusedException.forChange(ground);
        }
        records.advanceVersion(clientId, expectedVersion);
        return state;
    }
}
