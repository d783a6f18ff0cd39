package org.throughcare.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.identity.AccountAdministration;
import org.throughcare.identity.SaveUser;
import org.throughcare.identity.SetupLink;
import org.throughcare.identity.UserView;
import org.throughcare.identity.internal.UserQueries;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** Accounts for administrators' tools; every operation is for administrators only. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts: create, change, deactivate, unlock (administrators)")
class UserApiController {

    /** A new account, and its set-password link unless it was mailed to the person. */
    record CreatedUser(UserView user, SetupLink setupLink) {
    }

    private final AccountAdministration accounts;

    UserApiController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Search accounts by name, username or e-mail; sort by name, username, role or active; paged from 0")
    ResultPage<UserView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return accounts.search(q, UserQueries.sortKey(sort), "desc".equals(dir), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    UserView user(@PathVariable UUID id) {
        return accounts.user(id);
    }

    @PostMapping
    @Operation(summary = "Create an account; its person sets a password through the one-time link (mailed when a "
            + "mail server is configured and the account has an e-mail address, otherwise in this answer)")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody SaveUser form) {
        var created = accounts.create(form);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(new CreatedUser(accounts.user(created.id()), created.setupLink()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an account's name, e-mail, role, organisation and unit (not its username); send "
            + "the version you read, or get 409")
    UserView update(@PathVariable UUID id, @Valid @RequestBody SaveUser form) {
        accounts.update(id, form);
        return accounts.user(id);
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate: the account cannot sign in, its sessions end, notifications pass it by")
    UserView deactivate(@PathVariable UUID id) {
        accounts.deactivate(id);
        return accounts.user(id);
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated account")
    UserView reactivate(@PathVariable UUID id) {
        accounts.reactivate(id);
        return accounts.user(id);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Let every address that was locked out after failed logins try again now")
    UserView unlock(@PathVariable UUID id) {
        accounts.unlock(id);
        return accounts.user(id);
    }

    @PostMapping("/{id}/setup-link")
    @Operation(summary = "Issue a new one-time set-password link; earlier links stop working")
    SetupLink setupLink(@PathVariable UUID id) {
        return accounts.newSetupLink(id);
    }
}
