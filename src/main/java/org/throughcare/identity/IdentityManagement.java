package org.throughcare.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.identity.internal.UserAccount;
import org.throughcare.identity.internal.Users;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PersonNames;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/** Accounts as other modules use them: looking them up, and creating them in bulk (the demo, generated worlds). */
@NamedInterface("api")
@Service
public class IdentityManagement implements PersonNames {

    private final Users users;
    private final PasswordEncoder passwordEncoder;

    IdentityManagement(Users users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates many accounts at once (the synthetic-data generator). Each distinct password is hashed once:
     * Argon2 is slow on purpose, and thousands of generated accounts share one password.
     */
    @Transactional
    public List<UserId> createUsers(List<CreateUser> newUsers) {
        Map<String, String> hashes = new HashMap<>();
        List<UserAccount> accounts = newUsers.stream().map(user -> UserAccount.create(
                user.username().strip().toLowerCase(Locale.ROOT), user.displayName(), user.email(),
                hashes.computeIfAbsent(user.password(), passwordEncoder::encode), user.role(), user.organisationId(),
                user.unitId())).toList();
        return users.saveAll(accounts).stream().map(a -> new UserId(a.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummaryView> user(UUID id) {
        return users.findById(id).map(IdentityManagement::summary);
    }

    @Transactional(readOnly = true)
    public List<UserSummaryView> usersAt(UnitId unit, Role role) {
        return users.findByUnitIdAndRoleOrderByDisplayName(unit.value(), role).stream()
                .map(IdentityManagement::summary).toList();
    }

    /** Everyone active in the given roles who works at an organisation, by name: the people a group can include. */
    @Transactional(readOnly = true)
    public List<UserSummaryView> usersInRoles(Collection<Role> roles) {
        return users.findByRoleInOrderByDisplayName(roles).stream()
                .filter(u -> u.enabled() && u.actor().organisationId() != null)
                .map(IdentityManagement::summary).toList();
    }

    /**
     * The actor a decision about an active user is made for when they are not the one signed in (who may read
     * a notice sent to them); none for an unknown or deactivated account, which is never notified.
     */
    @Transactional(readOnly = true)
    public Optional<org.throughcare.shared.Actor> activeActor(UUID id) {
        return users.findById(id).filter(UserAccount::enabled).map(UserAccount::actor);
    }

    /** Where to e-mail an active user, if their account has an address. */
    @Transactional(readOnly = true)
    public Optional<String> mailAddress(UUID id) {
        return users.findById(id).filter(UserAccount::enabled).map(UserAccount::email)
                .filter(email -> !email.isBlank());
    }

    /** Display names by id, for lists that show who did something. */
    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            users.findAllById(Set.copyOf(ids)).forEach(u -> names.put(u.id(), u.displayName()));
        }
        return names;
    }

    private static UserSummaryView summary(UserAccount account) {
        var actor = account.actor();
        return new UserSummaryView(account.id(), account.displayName(), account.role(),
                actor.organisationId() == null ? null : actor.organisationId().value(),
                actor.unitId() == null ? null : actor.unitId().value(), account.enabled());
    }

    @Transactional
    public UserId createUser(CreateUser user) {
        String username = user.username().strip().toLowerCase(Locale.ROOT);
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "validation.username.taken");
        }
        UserAccount account = UserAccount.create(username, user.displayName(), user.email(),
                passwordEncoder.encode(user.password()), user.role(), user.organisationId(), user.unitId());
        return new UserId(users.save(account).id());
    }
}
