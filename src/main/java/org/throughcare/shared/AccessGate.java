package org.throughcare.shared;

/**
 * The one place that decides who may read or change which client data: membership of the client's group
 * × documented consent covering that agency and that category × role. Every decision, allowed or denied,
 * is written to the audit log.
 */
public interface AccessGate {

    /**
     * READ a category; WRITE (change) the case; CONTRIBUTE: add to work one's own organisation does for the
     * client (accept a measure it owns, record progress) — allowed on the same grounds as reading;
     * READ_RESERVED: read what is kept for those who manage the case (the signed consent form) — allowed on
     * the grounds of WRITE, and audited as the read it is; RECORD_CUSTODY: record the custody facts (key
     * dates with a reason), which the prison holding the client usually knows first.
     */
    enum Action { READ, WRITE, CONTRIBUTE, READ_RESERVED, RECORD_CUSTODY }

    /** Why access was given or refused; the audit log records it. */
    enum Ground {
        CLIENT_COORDINATOR, OFFICE_MANAGER, GROUP_MEMBER_WITH_CONSENT, PRISON_CUSTODY,
        /** Staff of an organisation the client was referred to, for what a consent in force covers for it. */
        REFERRED_SERVICE_WITH_CONSENT,
        NO_CONSENT, NOT_IN_GROUP, NO_CLIENT_DATA_FOR_ROLE;

        public boolean allows() {
            return this == CLIENT_COORDINATOR || this == OFFICE_MANAGER || this == GROUP_MEMBER_WITH_CONSENT
                    || this == PRISON_CUSTODY || this == REFERRED_SERVICE_WITH_CONSENT;
        }
    }

    /** Decides and audits; {@code purpose} says why the data is read ("client page", "caseload"…). */
    Ground check(Actor actor, ClientId client, DataCategory category, Action action, String purpose);

    /**
     * Whether {@link #check} would allow it, without reading anything and so without an audit entry: to
     * decide which links, buttons and forms to offer. What is then read or changed passes {@link #check}.
     */
    boolean may(Actor actor, ClientId client, DataCategory category, Action action);

    /** Decides each category, as {@link #check} would, in one pass: one audit entry per category, written together. */
    java.util.Map<DataCategory, Ground> checkEach(Actor actor, ClientId client, java.util.Set<DataCategory> categories,
                                                  Action action, String purpose);

    /**
     * The clients a list may show this actor through their group: a current membership and a consent in
     * force covering their organisation and the category. Lists add the actor's own grounds (their clients,
     * their office, their institution) themselves, and then record what they showed with {@link #listed}.
     */
    java.util.Set<java.util.UUID> visibleThroughGroup(Actor actor, DataCategory category);

    /** Refuses, with a ground the caller may show, unless the actor may change the case. */
    default void requireChange(Actor actor, ClientId client, String purpose) {
        Ground ground = check(actor, client, DataCategory.BASIC_AND_CUSTODY, Action.WRITE, purpose);
        if (!ground.allows()) {
            throw AccessRefusedException.forChange(ground);
        }
    }

    /**
     * The categories among {@code wanted} this actor may read, each decided and audited; refused with the
     * first ground when none may be read, so that a page of mixed categories shows what consent covers.
     */
    default java.util.Set<DataCategory> readable(Actor actor, ClientId client, java.util.Collection<DataCategory> wanted,
                                                 String purpose) {
        java.util.Map<DataCategory, Ground> grounds = checkEach(actor, client, java.util.EnumSet.copyOf(wanted),
                Action.READ, purpose);
        java.util.Set<DataCategory> allowed = java.util.EnumSet.noneOf(DataCategory.class);
        grounds.forEach((category, ground) -> {
            if (ground.allows()) {
                allowed.add(category);
            }
        });
        if (allowed.isEmpty()) {
            throw new AccessRefusedException(grounds.values().iterator().next());
        }
        return allowed;
    }

    /** Audits a list read: one entry per client shown. */
    default void listed(Actor actor, java.util.Collection<ClientId> clients, DataCategory category, String purpose) {
        listed(actor, java.util.Map.of(category, clients), purpose);
    }

    /** Audits a list read of several categories at once (one entry per client and category), in one batch. */
    void listed(Actor actor, java.util.Map<DataCategory, ? extends java.util.Collection<ClientId>> shown, String purpose);
}
