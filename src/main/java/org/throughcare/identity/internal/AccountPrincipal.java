package org.throughcare.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.throughcare.shared.Actor;

/** The signed-in account as kept in the (database-backed) session; the password hash is erased after login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String displayName;
    private final String organisationName;
    private final String unitName;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    AccountPrincipal(Actor actor, String displayName, String organisationName, String unitName, String passwordHash,
                     boolean enabled, boolean locked) {
        this.actor = actor;
        this.displayName = displayName;
        this.organisationName = organisationName;
        this.unitName = unitName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName;
    }

    public String organisationName() {
        return organisationName;
    }

    public String unitName() {
        return unitName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(actor.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
