package org.throughcare.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.CurrentUser;

/** What the layout needs on every page: who is signed in, where they work, and the current address. */
@ControllerAdvice
class LayoutModel {

    private final CurrentUser currentUser;
    private final DirectoryManagement directory;

    LayoutModel(CurrentUser currentUser, DirectoryManagement directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    record Header(String displayName, String role, String organisationName, String unitName) {
    }

    @ModelAttribute("header")
    Header header() {
        return currentUser.signedIn().map(user -> new Header(user.displayName(), user.actor().role().name(),
                        user.actor().organisationId() == null ? null
                                : directory.organisationName(user.actor().organisationId()).orElse(null),
                        user.actor().unitId() == null ? null
                                : directory.unitName(user.actor().unitId()).orElse(null)))
                .orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
