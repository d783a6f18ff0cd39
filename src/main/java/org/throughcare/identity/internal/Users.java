package org.throughcare.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.throughcare.shared.Role;

public interface Users extends ListCrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByUnitIdAndRoleOrderByDisplayName(UUID unitId, Role role);

    List<UserAccount> findByRoleInOrderByDisplayName(Collection<Role> roles);

    @Query("select count(*) from app_user where role = 'ADMINISTRATOR' and password_hash is not null")
    long countAdministratorsWithPassword();
}
