package org.throughcare.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.throughcare.audit.AuditEntry;
import org.throughcare.client.ClientQueries;
import org.throughcare.group.AccessLog;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** Who accessed a client's data: as a page for the coordinator, and as JSON. */
@Controller
@Tag(name = "Consent")
class AccessLogController {

    private final AccessLog log;
    private final ClientQueries clients;

    AccessLogController(AccessLog log, ClientQueries clients) {
        this.log = log;
        this.clients = clients;
    }

    @GetMapping("/clients/{id}/access-log")
    String page(@PathVariable ClientId id, @RequestParam(required = false) Integer page, Model model, Actor actor) {
        ResultPage<AuditEntry> entries = log.of(id, PageRequest.of(page == null ? 0 : page - 1, 50), actor);
        model.addAttribute("client", clients.client(id, actor));
        model.addAttribute("entries", entries);
        return "group/access-log";
    }

    @GetMapping("/api/v1/clients/{id}/access-log")
    @ResponseBody
    @Operation(summary = "Who accessed the client's data, allowed or refused, newest first; paged from 0")
    ResultPage<AuditEntry> api(@PathVariable ClientId id, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size, Actor actor) {
        return log.of(id, PageRequest.of(page, size), actor);
    }
}
