package org.throughcare.shared;

/** What a user does in Throughcare; decides which pages and, later, which client data they may see. */
public enum Role {
    COORDINATOR,
    PARTNER_WORKER,
    PRISON_STAFF,
    MANAGER,
    NATIONAL_ANALYST,
    ADMINISTRATOR;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMINISTRATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
