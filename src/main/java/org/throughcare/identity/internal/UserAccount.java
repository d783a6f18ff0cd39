package org.throughcare.identity.internal;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.throughcare.shared.Actor;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * Aggregate root: a local account and the organisation and role it works in. A new account has no password
 * until its person sets one; a deactivated account cannot sign in and is not notified.
 */
@Table("app_user")
public class UserAccount {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private Role role;
    private UUID organisationId;
    private UUID unitId;
    private boolean enabled;

    @PersistenceCreator
    UserAccount(UUID id, Long version, String username, String displayName, String email, String passwordHash,
                Role role, UUID organisationId, UUID unitId, boolean enabled) {
        this.id = id;
        this.version = version;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.unitId = unitId;
        this.enabled = enabled;
    }

    public static UserAccount create(String username, String displayName, String email, String passwordHash, Role role,
                                     OrganisationId organisation, UnitId unit) {
        return new UserAccount(UUID.randomUUID(), null, username, displayName, email, passwordHash, role,
                organisation == null ? null : organisation.value(), unit == null ? null : unit.value(), true);
    }

    public void change(String displayName, String email, Role role, UUID organisationId, UUID unitId) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
        this.unitId = unitId;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID unitId() {
        return unitId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Actor actor() {
        return new Actor(new UserId(id), username, role,
                organisationId == null ? null : new OrganisationId(organisationId),
                unitId == null ? null : new UnitId(unitId));
    }
}
