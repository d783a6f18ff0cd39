package org.throughcare.client.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.DuplicateClientException;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.Stage;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.Role;
import org.throughcare.shared.PageRequest;

/** The coordinator's caseload and the registration of a new client. */
@Controller
class ClientPageController {

    private final ClientQueries queries;
    private final ClientManagement management;
    private final ClientForms forms;

    ClientPageController(ClientQueries queries, ClientManagement management, ClientForms forms) {
        this.queries = queries;
        this.management = management;
        this.forms = forms;
    }

    @GetMapping("/clients")
    String caseload(@RequestParam(required = false) String scope, @RequestParam(required = false) String stage,
                    @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                    HttpServletResponse response, Model model) {
        Actor actor = forms.actor();
        // Coordinators start with their own clients; managers with their whole office.
        boolean onlyMine = scope == null ? actor.role() == Role.COORDINATOR : "mine".equals(scope);
        CaseloadFilter filter = new CaseloadFilter(onlyMine, ClientForms.stageOf(stage), null, q,
                CaseloadFilter.sortOf(sort), "desc".equalsIgnoreCase(dir));
        model.addAttribute("filter", filter);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("results", queries.caseload(filter, PageRequest.of(page == null ? 0 : page - 1, null), actor));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null && historyRestore == null ? "workspace/caseload :: results" : "workspace/caseload";
    }

    @GetMapping("/clients/new")
    String newClient(Model model) {
        Actor actor = forms.actor();
        UUID office = actor.unitId() == null ? null : actor.unitId().value();
        return registerForm(model, RegisterClient.startingIn(office, actor.userId().value()));
    }

    @PostMapping("/clients")
    String register(@Valid @ModelAttribute("form") RegisterClient form, BindingResult errors, Model model) {
        try {
            Optional<ClientId> registered = FormSubmission.save(errors, () -> management.register(form, forms.actor()));
            if (registered.isPresent()) {
                return "redirect:/clients/" + registered.get();
            }
        } catch (DuplicateClientException e) {
            errors.rejectValue("idNumber", "validation.client.duplicate");
            model.addAttribute("existingClientId", e.existingId());
        }
        return registerForm(model, form);
    }

    private String registerForm(Model model, RegisterClient form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("genders", Gender.values());
        forms.addRegistrationChoices(model, forms.actor());
        return "clients/register";
    }
}
