package org.throughcare.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.shared.Actor;

@Service
class AccountDetailsService implements UserDetailsService {

    private final Users users;
    private final DirectoryManagement directory;
    private final Clock clock;

    AccountDetailsService(Users users, DirectoryManagement directory, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        UserAccount account = users.findByUsername(key).orElseThrow(() -> new UsernameNotFoundException(key));
        Actor actor = account.actor();
        String organisation = actor.organisationId() == null ? null
                : directory.organisationName(actor.organisationId()).orElse(null);
        String unit = actor.unitId() == null ? null : directory.unitName(actor.unitId()).orElse(null);
        return new AccountPrincipal(actor, account.displayName(), organisation, unit, account.passwordHash(),
                account.enabled(), account.lockedAt(clock.instant()));
    }
}
