package org.throughcare.group;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.AuditLog;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * Who accessed a client's data, allowed or refused, newest first — for those who manage the case (and, with
 * the client's own view, for the client). Looking at it is itself a recorded access.
 */
@Service
public class AccessLog {

    private final AccessPolicy gate;
    private final AuditLog audit;

    AccessLog(AccessPolicy gate, AuditLog audit) {
        this.gate = gate;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<AuditEntry> of(ClientId client, PageRequest page, Actor actor) {
        gate.requireChange(actor, client, "access log");
        return audit.aboutSubject("client", client.toString(), page);
    }
}
