package org.throughcare.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.throughcare.identity.CurrentUser;
import org.throughcare.shared.contribution.HeaderBadge;
import org.throughcare.shared.contribution.HeaderBadges;

/**
 * What the layout needs on every page: who is signed in, where they work, the modules' counted links (unread
 * notices), where the language links go and, on a client's pages, the client's sub-navigation.
 */
@ControllerAdvice
class LayoutModel {

    private final CurrentUser currentUser;
    private final ClientNavigation clientNavigation;
    private final List<HeaderBadges> badgeSources;

    LayoutModel(CurrentUser currentUser, ClientNavigation clientNavigation, List<HeaderBadges> badgeSources) {
        this.currentUser = currentUser;
        this.clientNavigation = clientNavigation;
        this.badgeSources = badgeSources;
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

    /** The header's counted links, on full pages only: an htmx answer or an API call has no header. */
    @ModelAttribute("badges")
    List<HeaderBadge> badges(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return List.of();
        }
        return currentUser.current().map(actor -> badgeSources.stream().flatMap(s -> s.badgesFor(actor).stream())
                .sorted(Comparator.comparingInt(HeaderBadge::order)).toList()).orElse(List.of());
    }

    /**
     * On a client's pages (not in answer to htmx, which swaps a part of the page, nor to the API): the
     * client's sub-navigation.
     */
    @ModelAttribute("clientNav")
    ClientNavigation.Shown clientNav(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null || !"GET".equals(request.getMethod())
                && !"POST".equals(request.getMethod())) {
            return null;
        }
        return currentUser.current().map(actor -> clientNavigation.forRequest(request, actor)).orElse(null);
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
