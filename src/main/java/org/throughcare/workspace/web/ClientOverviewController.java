package org.throughcare.workspace.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.throughcare.client.ClientQueries;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.workspace.ClientNavigation;

/**
 * A client's overview: the case's facts and timeline from the client module, and the panels the other
 * modules contribute for this reader (the plan's flags and release-day arrangements, say).
 */
@Controller
class ClientOverviewController {

    private final ClientQueries clients;
    private final ClientNavigation navigation;

    ClientOverviewController(ClientQueries clients, ClientNavigation navigation) {
        this.clients = clients;
        this.navigation = navigation;
    }

    @GetMapping("/clients/{id}")
    String overview(@PathVariable ClientId id, Actor actor, Model model) {
        model.addAttribute("client", clients.client(id, actor));
        model.addAttribute("timeline", clients.timeline(id, actor));
        model.addAttribute("panels", navigation.sections(id, actor).stream()
                .filter(s -> s.panelHref() != null).map(ClientSection::panelHref).toList());
        return "workspace/client-overview";
    }
}
