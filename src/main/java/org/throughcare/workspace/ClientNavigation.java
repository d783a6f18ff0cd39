package org.throughcare.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.contribution.ClientSection;
import org.throughcare.shared.contribution.ClientSections;

/**
 * A client's sub-navigation, built from what the modules contribute for this reader: the overview first, then
 * each module's sections in their order. The page shell shows it on every page of a client.
 */
@Component
public class ClientNavigation {

    private static final Pattern CLIENT_PAGE = Pattern.compile("^/clients/([0-9a-fA-F-]{36})(/.*)?$");

    private final List<ClientSections> contributors;
    private final AccessGate gate;

    ClientNavigation(List<ClientSections> contributors, AccessGate gate) {
        this.contributors = contributors;
        this.gate = gate;
    }

    /** The client's sections this reader may open, the overview first; empty when they may open none. */
    public List<ClientSection> sections(ClientId client, Actor actor) {
        if (!gate.may(actor, client, DataCategory.BASIC_AND_CUSTODY, AccessGate.Action.READ)) {
            return List.of();
        }
        List<ClientSection> sections = new ArrayList<>();
        sections.add(ClientSection.link("overview", 0, "client.overview", "/clients/" + client));
        contributors.forEach(c -> sections.addAll(c.sectionsFor(client, actor)));
        sections.sort(Comparator.comparingInt(ClientSection::order));
        return sections;
    }

    /** The navigation of the client whose page this request shows, with the section it is in; null elsewhere. */
    Shown forRequest(HttpServletRequest request, Actor actor) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = CLIENT_PAGE.matcher(path);
        if (!m.matches() || path.endsWith("/new")) {
            return null;
        }
        ClientId client;
        try {
            client = new ClientId(UUID.fromString(m.group(1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
        try {
            List<ClientSection> sections = sections(client, actor);
            String current = sections.stream().filter(s -> path.equals(s.href()) || path.startsWith(s.href() + "/"))
                    .max(Comparator.comparingInt(s -> s.href().length())).map(ClientSection::key).orElse(null);
            return sections.isEmpty() ? null : new Shown(sections, current);
        } catch (NotFoundException e) {
            return null;
        }
    }

    record Shown(List<ClientSection> sections, String current) {
    }
}
