package org.throughcare.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.identity.CurrentUser;
import org.throughcare.notification.MailChoice;
import org.throughcare.notification.MailSettings;
import org.throughcare.notification.SaveMailChoice;
import org.throughcare.shared.Actor;

@RestController
@RequestMapping("/api/v1/notifications/settings")
@Tag(name = "Notifications")
class MailSettingsApiController {

    private final MailSettings settings;
    private final CurrentUser currentUser;

    MailSettingsApiController(MailSettings settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The caller's e-mail choice for their notices: frequency IMMEDIATE, DIGEST or NONE, "
            + "language en, sv or nb, and the version to send back when changing it")
    MailChoice get() {
        return settings.of(actor());
    }

    @PutMapping
    @Operation(summary = "Change the caller's e-mail choice; version is the one read (0 before the first save). "
            + "An unknown value is a 400 problem naming the field; a version changed meanwhile is a 409")
    MailChoice put(@RequestBody SaveMailChoice body) {
        return settings.save(body, actor());
    }

    private Actor actor() {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
