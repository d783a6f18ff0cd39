package org.throughcare.identity.internal;

import java.time.Instant;
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

/** Aggregate root: a local account and the organisation and role it works in. */
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
    private int failedLogins;
    private Instant lockedUntil;

    @PersistenceCreator
    UserAccount(UUID id, Long version, String username, String displayName, String email, String passwordHash,
                Role role, UUID organisationId, UUID unitId, boolean enabled, int failedLogins, Instant lockedUntil) {
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
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
    }

    public static UserAccount create(String username, String displayName, String email, String passwordHash, Role role,
                                     OrganisationId organisation, UnitId unit) {
        return new UserAccount(UUID.randomUUID(), null, username, displayName, email, passwordHash, role,
                organisation == null ? null : organisation.value(), unit == null ? null : unit.value(), true, 0, null);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Actor actor() {
        return new Actor(new UserId(id), username, role,
                organisationId == null ? null : new OrganisationId(organisationId),
                unitId == null ? null : new UnitId(unitId));
    }
}
