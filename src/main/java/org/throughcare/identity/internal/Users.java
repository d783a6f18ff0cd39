package org.throughcare.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.throughcare.shared.Role;

public interface Users extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByUnitIdAndRoleOrderByDisplayName(UUID unitId, Role role);

    List<UserAccount> findByRoleInOrderByDisplayName(java.util.Collection<Role> roles);

    // The login counters change in single statements, not through the aggregate: concurrent failed
    // attempts must each count, and must not collide with an administrator's edit of the account.
    @Modifying
    @Query("update app_user set failed_logins = failed_logins + 1 where username = :username")
    int countFailedLogin(String username);

    @Query("select failed_logins from app_user where username = :username")
    Optional<Integer> failedLogins(String username);

    @Modifying
    @Query("update app_user set failed_logins = 0, locked_until = :until where username = :username")
    int lockUntil(String username, Instant until);

    @Modifying
    @Query("update app_user set failed_logins = 0 where username = :username and failed_logins > 0")
    int resetFailedLogins(String username);
}
