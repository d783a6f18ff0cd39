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

    /**
     * The clients a list may show this actor through their group: a current membership and a consent in
     * force covering their organisation and the category. Lists add the actor's own grounds (their clients,
     * their office, their institution) themselves, and then record what they showed with {@link #listed}.
     */
    java.util.Set<java.util.UUID> visibleThroughGroup(Actor actor, DataCategory category);

    /** Audits a list read: one entry per client shown. */
    void listed(Actor actor, java.util.Collection<ClientId> clients, DataCategory category, String purpose);
}
