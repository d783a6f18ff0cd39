package org.throughcare.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    AccountDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        UserAccount account = users.findByUsername(key).orElseThrow(() -> new UsernameNotFoundException(key));
        return new AccountPrincipal(account.actor(), account.displayName(), account.passwordHash(), account.enabled(),
                account.lockedAt(clock.instant()));
    }
}
