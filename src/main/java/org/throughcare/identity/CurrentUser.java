package org.throughcare.identity;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.throughcare.identity.internal.AccountPrincipal;
import org.throughcare.shared.Actor;
import org.throughcare.shared.CurrentActor;

/** Who is signed in for the current request, read from the security context. */
@NamedInterface("api")
@Component
public class CurrentUser implements CurrentActor {

    @Override
    public Optional<Actor> current() {
        return signedIn().map(SignedInUser::actor);
    }

    public Optional<SignedInUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(new SignedInUser(principal.actor(), principal.displayName(), principal.organisationName(),
                    principal.unitName()));
        }
        return Optional.empty();
    }
}
