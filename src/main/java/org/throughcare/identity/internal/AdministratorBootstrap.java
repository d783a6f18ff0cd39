package org.throughcare.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.identity.SetupLink;
import org.throughcare.shared.Role;

/**
 * The way into a new installation: when no administrator can sign in and {@code THROUGHCARE_BOOTSTRAP_ADMIN}
 * names one, creates that account without a password and prints a one-time link to set it in the log. There
 * is no default password, and once any administrator has a password this does nothing, whatever the setting
 * says. A restart before the link was used prints a new one (the old one stops working): a lost link does not
 * leave the installation without a way in.
 */
@Component
@Order(10)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Users users;
    private final SetupLinks setupLinks;
    private final AccountProperties properties;
    private final AuditLog audit;

    AdministratorBootstrap(Users users, SetupLinks setupLinks, AccountProperties properties, AuditLog audit) {
        this.users = users;
        this.setupLinks = setupLinks;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String username = properties.bootstrapAdmin();
        if (users.countAdministratorsWithPassword() > 0) {
            return;
        }
        if (username == null) {
            log.warn("No administrator exists. Set THROUGHCARE_BOOTSTRAP_ADMIN to a username and restart: the log "
                    + "then shows a one-time link to set that administrator's password.");
            return;
        }
        username = username.toLowerCase(java.util.Locale.ROOT);
        var existing = users.findByUsername(username);
        boolean waiting = existing.filter(a -> a.role() == Role.ADMINISTRATOR && a.passwordHash() == null).isPresent();
        if (!username.matches("[a-z0-9][a-z0-9._-]{0,59}") || (existing.isPresent() && !waiting)) {
            log.error("THROUGHCARE_BOOTSTRAP_ADMIN '{}' is not a free username (lower-case letters, digits, . _ -, "
                    + "at most 60): no administrator was created.", username);
            return;
        }
        UserAccount admin;
        if (waiting) {
            admin = existing.get();
        } else {
            try {
                admin = users.save(UserAccount.create(username, username, null, null, Role.ADMINISTRATOR, null, null));
            } catch (DuplicateKeyException e) {
                // Another node starting at the same moment created it; its log has the link.
                return;
            }
            audit.record(new AuditEvent("USER_CREATED", AuditEvent.Outcome.SUCCEEDED, "user", admin.id().toString(),
                    "administration", "bootstrap administrator", admin.actor(), null));
        }
        SetupLink link = setupLinks.issue(admin);
        log.warn("Created the first administrator '{}'. Set its password within {} at this one-time link: {}",
                username, properties.setupLinkValidity(), link.url());
    }
}
