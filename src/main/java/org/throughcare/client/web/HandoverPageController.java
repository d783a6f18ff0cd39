package org.throughcare.client.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.client.HandOverCase;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;

/** Handing the coordinator role for a case to another coordinator or manager at the client's office. */
@Controller
class HandoverPageController {

    private final ClientQueries queries;
    private final ClientManagement management;
    private final IdentityManagement identity;
    private final ClientForms forms;
    private final Clock clock;

    HandoverPageController(ClientQueries queries, ClientManagement management, IdentityManagement identity,
                           ClientForms forms, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.identity = identity;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/handover")
    String handoverForm(@PathVariable ClientId id, Model model, Actor actor) {
        ClientView client = queries.client(id, actor);
        if (!client.mayChange()) {
            throw AccessRefusedException.forChange(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        return page(model, client, new HandOverCase(null, LocalDate.now(clock), null, client.version()));
    }

    @PostMapping("/clients/{id}/handover")
    String handOver(@PathVariable ClientId id, @Valid @ModelAttribute("form") HandOverCase form,
                    BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.handOver(id, form, actor))) {
            // The case has a new coordinator; the one who handed it over goes back to their caseload.
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients";
        }
        return page(model, queries.client(id, actor), form);
    }

    private String page(Model model, ClientView client, HandOverCase form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        UnitId office = new UnitId(client.probationOfficeId());
        model.addAttribute("client", client);
        model.addAttribute("coordinators", Stream.concat(identity.usersAt(office, Role.COORDINATOR).stream(),
                identity.usersAt(office, Role.MANAGER).stream()).toList());
        return "clients/handover";
    }
}
