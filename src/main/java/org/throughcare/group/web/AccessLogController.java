package org.throughcare.group.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.throughcare.client.ClientQueries;
import org.throughcare.group.AccessLog;
import org.throughcare.group.AccessLogEntryView;
import org.throughcare.group.AccessLogFilter;
import org.throughcare.group.AccessLogPerson;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** Who accessed a client's data, as a page for the coordinator, narrowed by who, category, outcome and period. */
@Controller
class AccessLogController {

    private final AccessLog log;
    private final ClientQueries clients;
    private final MessageSource messages;

    AccessLogController(AccessLog log, ClientQueries clients, MessageSource messages) {
        this.log = log;
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping("/clients/{id}/access-log")
    String page(@PathVariable("id") ClientId client, @RequestParam(required = false) String who,
                @RequestParam(required = false) String category, @RequestParam(required = false) String outcome,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) Integer page, Actor actor, HttpServletResponse response,
                Model model) {
        List<AccessLogPerson> people = log.people(client, actor);
        Map<String, String> errors = new LinkedHashMap<>();
        ResultPage<AccessLogEntryView> entries;
        try {
            AccessLogFilter filter = AccessLogParameters.parse(who, category, outcome, from, to, people);
            entries = log.of(client, filter, PageRequest.of(page == null ? 0 : page - 1, 50), actor);
        } catch (InvalidInputException e) {
            Locale locale = LocaleContextHolder.getLocale();
            e.problems().forEach(p -> errors.put(p.field(),
                    messages.getMessage(p.messageKey(), p.arguments(), locale)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            entries = new ResultPage<>(List.of(), 0, 50, 0);
        }
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("entries", entries);
        model.addAttribute("people", people);
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("filterErrors", errors);
        model.addAttribute("who", who);
        model.addAttribute("category", category);
        model.addAttribute("outcome", outcome);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("pageQuery", pageQuery(Map.of("who", nullToEmpty(who), "category", nullToEmpty(category),
                "outcome", nullToEmpty(outcome), "from", nullToEmpty(from), "to", nullToEmpty(to))));
        return "group/access-log";
    }

    /** The pager's links keep the filters: the query up to the page number. */
    private static String pageQuery(Map<String, String> filters) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        new java.util.TreeMap<>(filters).forEach((name, value) -> {
            if (!value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        String base = uri.encode().build().toUriString();
        return base + (base.contains("?") ? "&" : "?");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
