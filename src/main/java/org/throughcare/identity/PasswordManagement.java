package org.throughcare.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.identity.internal.PasswordLinks;
import org.throughcare.identity.internal.PasswordPolicy;
import org.throughcare.identity.internal.UserAccount;
import org.throughcare.identity.internal.Users;
import org.throughcare.shared.Actor;
import org.throughcare.shared.CurrentActor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;

/** A person sets their password through their one-time link, and changes it later with the current one. */
@Service
public class PasswordManagement {

    private final Users users;
    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    PasswordManagement(Users users, PasswordLinks links, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit,
                       CurrentActor currentActor, Clock clock) {
        this.users = users;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Whether the link still works: unused and unexpired. */
    @Transactional(readOnly = true)
    public boolean linkWorks(String token) {
        return links.holder(token, clock.instant()).isPresent();
    }

    @Transactional
    public void setWithLink(String token, ChoosePassword form) {
        UserAccount account = links.holder(token, clock.instant()).flatMap(users::findById)
                .orElseThrow(() -> new InvalidInputException("link", "validation.setupLink.invalid"));
        InvalidInputException.throwIfAny(problems(form.password(), form.repeat(), account.username()));
        Optional<UUID> redeemed = links.redeem(token, clock.instant());
        if (redeemed.isEmpty()) {
            throw new InvalidInputException("link", "validation.setupLink.invalid");
        }
        account.setPasswordHash(encoder.encode(form.password()));
        users.save(account);
        audit.record(new AuditEvent("PASSWORD_SET", AuditEvent.Outcome.SUCCEEDED, "user", account.id().toString(),
                "administration", "setup-link", account.actor(), null));
    }

    @Transactional
    public void change(ChangePassword form) {
        Actor actor = currentActor.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        UserAccount account = users.findById(actor.userId().value())
                .orElseThrow(() -> new AccessDeniedException("no account"));
        List<Problem> problems = new ArrayList<>();
        if (account.passwordHash() == null || !encoder.matches(form.currentPassword(), account.passwordHash())) {
            problems.add(new Problem("currentPassword", "validation.password.current"));
        }
        problems.addAll(problems(form.password(), form.repeat(), account.username()));
        InvalidInputException.throwIfAny(problems);
        account.setPasswordHash(encoder.encode(form.password()));
        users.save(account);
        audit.record(AuditEvent.change("PASSWORD_CHANGED", "user", account.id(), null));
    }

    private List<Problem> problems(String password, String repeat, String username) {
        List<Problem> problems = new ArrayList<>(policy.check("password", password, username));
        if (problems.isEmpty() && !password.equals(repeat)) {
            problems.add(new Problem("repeat", "validation.password.repeat"));
        }
        return problems;
    }
}
