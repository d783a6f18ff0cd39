package org.throughcare.shared;

/**
 * The one place that decides who may read or change which client data: membership of the client's group
 * × documented consent covering that agency and that category × role. Every decision, allowed or denied,
 * is written to the audit log.
 */
public interface AccessGate {

    enum Action { READ, WRITE }

    /** Why access was given or refused; the audit log records it. */
    enum Ground {
        CLIENT_COORDINATOR, OFFICE_MANAGER, GROUP_MEMBER_WITH_CONSENT, PRISON_CUSTODY,
        NO_CONSENT, NOT_IN_GROUP, NO_CLIENT_DATA_FOR_ROLE;

        public boolean allows() {
            return this == CLIENT_COORDINATOR || this == OFFICE_MANAGER || this == GROUP_MEMBER_WITH_CONSENT
                    || this == PRISON_CUSTODY;
        }
    }

    /** Decides and audits; {@code purpose} says why the data is read ("client page", "caseload"…). */
    Ground check(Actor actor, ClientId client, DataCategory category, Action action, String purpose);
}
