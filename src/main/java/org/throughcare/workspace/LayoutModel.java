package org.throughcare.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.throughcare.identity.CurrentUser;

/** What the layout needs on every page: who is signed in, where they work, and where the language links go. */
@ControllerAdvice
class LayoutModel {

    private final CurrentUser currentUser;

    LayoutModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Header(String displayName, String role, String organisationName, String unitName) {
    }

    @ModelAttribute("header")
    Header header() {
        return currentUser.signedIn()
                .map(user -> new Header(user.displayName(), user.actor().role().name(), user.organisationName(),
                        user.unitName()))
                .orElse(null);
    }

    /**
     * The address the language links reload: this page with its search kept. A page shown in answer to
     * a form post has no address of its own to reload, so its links go to the start page.
     */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "/";
        }
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(
                request.getRequestURI().substring(request.getContextPath().length()));
        request.getParameterMap().forEach((name, values) -> {
            if (!"lang".equals(name)) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.encode().build().toUriString();
    }
}
