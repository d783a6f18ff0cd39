package org.throughcare.identity.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.shared.Actor;

/** Builds the signed-in principal; password checks and lockout are {@link AccountAuthenticationProvider}'s. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Users users;
    private final DirectoryManagement directory;

    AccountDetailsService(Users users, DirectoryManagement directory) {
        this.users = users;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return principalOf(users.findByUsername(key).orElseThrow(() -> new UsernameNotFoundException(key)));
    }

    /** The account as the session keeps it, with the names the header shows. */
    AccountPrincipal principalOf(UserAccount account) {
        Actor actor = account.actor();
        String organisation = actor.organisationId() == null ? null
                : directory.organisationName(actor.organisationId()).orElse(null);
        String unit = actor.unitId() == null ? null : directory.unitName(actor.unitId()).orElse(null);
        return new AccountPrincipal(actor, account.displayName(), organisation, unit, account.passwordHash(),
                account.enabled(), false);
    }
}
