package org.throughcare.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.internal.LoginFailures;
import org.throughcare.identity.internal.SetupLinks;
import org.throughcare.identity.internal.UserAccount;
import org.throughcare.identity.internal.UserQueries;
import org.throughcare.identity.internal.Users;
import org.throughcare.shared.CurrentActor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.StaleEditException;
import org.throughcare.shared.UnitId;

/**
 * The administrator's work on accounts: create (the person sets their own password through a one-time link),
 * change, deactivate and reactivate, unlock after failed logins. Every change is audited with who made it.
 */
@Service
public class AccountAdministration {

    private final Users users;
    private final UserQueries queries;
    private final DirectoryManagement directory;
    private final SetupLinks setupLinks;
    private final LoginFailures failures;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;

    AccountAdministration(Users users, UserQueries queries, DirectoryManagement directory, SetupLinks setupLinks,
                          LoginFailures failures, AuditLog audit, CurrentActor currentActor, Clock clock) {
        this.users = users;
        this.queries = queries;
        this.directory = directory;
        this.setupLinks = setupLinks;
        this.failures = failures;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<UserView> search(String q, String sort, boolean descending, PageRequest page) {
        ResultPage<UserAccount> accounts = queries.search(q, sort, descending, page);
        Set<UUID> places = new HashSet<>();
        accounts.items().forEach(a -> {
            if (a.organisationId() != null) {
                places.add(a.organisationId());
            }
            if (a.unitId() != null) {
                places.add(a.unitId());
            }
        });
        Map<UUID, String> names = directory.names(places);
        Map<String, Long> locked = queries.lockedAddresses(accounts.items().stream().map(UserAccount::username).toList(),
                clock.instant());
        return accounts.map(a -> view(a, names, locked.getOrDefault(a.username(), 0L)));
    }

    @Transactional(readOnly = true)
    public UserView user(UUID id) {
        UserAccount account = account(id);
        Set<UUID> places = new HashSet<>();
        if (account.organisationId() != null) {
            places.add(account.organisationId());
        }
        if (account.unitId() != null) {
            places.add(account.unitId());
        }
        return view(account, directory.names(places),
                queries.lockedAddresses(List.of(account.username()), clock.instant()).getOrDefault(account.username(), 0L));
    }

    @Transactional
    public NewAccountView create(SaveUser form) {
        String username = form.username().strip();
        List<Problem> problems = placeProblems(form);
        if (users.findByUsername(username).isPresent()) {
            problems.add(new Problem("username", "validation.username.taken"));
        }
        InvalidInputException.throwIfAny(problems);
        UserAccount account = UserAccount.create(username, form.displayName().strip(), email(form), null, form.role(),
                new OrganisationId(form.organisationId()), form.unitId() == null ? null : new UnitId(form.unitId()));
        try {
            account = users.save(account);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("username", "validation.username.taken");
        }
        audit.record(AuditEvent.change("USER_CREATED", "user", account.id(), describe(form)));
        return new NewAccountView(account.id(), setupLinks.issue(account));
    }

    @Transactional
    public void update(UUID id, SaveUser form) {
        UserAccount account = account(id);
        if (form.version() == null || form.version() != account.version()) {
            throw new StaleEditException("user");
        }
        List<Problem> problems = placeProblems(form);
        if (!account.username().equals(form.username().strip())) {
            problems.add(new Problem("username", "validation.username.unchangeable"));
        }
        if (isSelf(account) && form.role() != account.role()) {
            problems.add(new Problem("role", "validation.user.ownRole"));
        }
        InvalidInputException.throwIfAny(problems);
        account.change(form.displayName().strip(), email(form), form.role(), form.organisationId(), form.unitId());
        save(account);
        audit.record(AuditEvent.change("USER_CHANGED", "user", id, describe(form)));
    }

    /** A deactivated account cannot sign in, its sessions end now, and notifications pass it by. */
    @Transactional
    public void deactivate(UUID id) {
        UserAccount account = account(id);
        if (isSelf(account)) {
            throw new InvalidInputException("account", "validation.user.deactivateSelf");
        }
        if (account.enabled()) {
            account.setEnabled(false);
            save(account);
            queries.endSessions(account.username());
            audit.record(AuditEvent.change("USER_DEACTIVATED", "user", id, null));
        }
    }

    @Transactional
    public void reactivate(UUID id) {
        UserAccount account = account(id);
        if (!account.enabled()) {
            account.setEnabled(true);
            save(account);
            audit.record(AuditEvent.change("USER_REACTIVATED", "user", id, null));
        }
    }

    /** Lets every address try again at once, instead of waiting for the lock to run out. */
    @Transactional
    public void unlock(UUID id) {
        UserAccount account = account(id);
        int released = failures.unlock(account.username());
        audit.record(AuditEvent.change("USER_UNLOCKED", "user", id, "addresses=" + released));
    }

    /** A new one-time link (the earlier ones stop working), e.g. when the first one expired or was lost. */
    @Transactional
    public SetupLink newSetupLink(UUID id) {
        UserAccount account = account(id);
        SetupLink link = setupLinks.issue(account);
        audit.record(AuditEvent.change("USER_SETUP_LINK_ISSUED", "user", id, link.mailed() ? "mailed" : "shown"));
        return link;
    }

    private UserAccount account(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user"));
    }

    private void save(UserAccount account) {
        try {
            users.save(account);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("user");
        }
    }

    private boolean isSelf(UserAccount account) {
        return currentActor.current().map(actor -> actor.userId().value().equals(account.id())).orElse(false);
    }

    /** The organisation must exist, and the unit (if any) must be one of its units. */
    private List<Problem> placeProblems(SaveUser form) {
        List<Problem> problems = new ArrayList<>();
        if (directory.organisationName(new OrganisationId(form.organisationId())).isEmpty()) {
            problems.add(new Problem("organisationId", "validation.user.organisation"));
        } else if (form.unitId() != null && directory.organisation(form.organisationId()).units().stream()
                .noneMatch(unit -> unit.id().equals(form.unitId()))) {
            problems.add(new Problem("unitId", "validation.user.unit"));
        }
        return problems;
    }

    private static String email(SaveUser form) {
        return form.email() == null || form.email().isBlank() ? null : form.email().strip();
    }

    /** What the audit entry says about the change: the role and the place, not the person's name or address. */
    private static String describe(SaveUser form) {
        return "role=" + form.role() + "; organisation=" + form.organisationId() + "; unit=" + form.unitId();
    }

    private static UserView view(UserAccount a, Map<UUID, String> names, long lockedAddresses) {
        return new UserView(a.id(), a.version(), a.username(), a.displayName(), a.email(), a.role(), a.organisationId(),
                names.get(a.organisationId()), a.unitId(), names.get(a.unitId()), a.enabled(), a.passwordHash() != null,
                lockedAddresses);
    }
}
