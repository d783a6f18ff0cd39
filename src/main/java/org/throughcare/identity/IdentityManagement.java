package org.throughcare.identity;

import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.identity.internal.UserAccount;
import org.throughcare.identity.internal.Users;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.UserId;

/** Creating accounts. The administrator's pages for users come in a later issue; the demo uses this. */
@Service
public class IdentityManagement {

    private final Users users;
    private final PasswordEncoder passwordEncoder;

    IdentityManagement(Users users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UserId createUser(NewUser user) {
        String username = user.username().strip().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "validation.username.taken");
        }
        UserAccount account = UserAccount.create(username, user.displayName(), user.email(),
                passwordEncoder.encode(user.password()), user.role(), user.organisationId(), user.unitId());
        return new UserId(users.save(account).id());
    }
}
