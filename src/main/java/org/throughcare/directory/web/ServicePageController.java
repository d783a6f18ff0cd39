package org.throughcare.directory.web;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.SaveCapacity;
import org.throughcare.directory.SaveService;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.directory.ServiceView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.PageRequest;

/**
 * Finding a service, its page, and the form its organisation's staff and the administrator keep it with.
 * The edit links and the form are offered only to those who may save them.
 */
@Controller
class ServicePageController {

    private final ServiceManagement services;
    private final DirectoryManagement directory;

    ServicePageController(ServiceManagement services, DirectoryManagement directory) {
        this.services = services;
        this.directory = directory;
    }

    @GetMapping("/directory/services")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String area,
                @RequestParam(required = false) String municipality,
                @RequestParam(defaultValue = "false") boolean accredited,
                @RequestParam(defaultValue = "false") boolean available, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page, Model model) {
        ServiceSearch search = new ServiceSearch(q, needArea(area), municipality, accredited ? Boolean.TRUE : null,
                available, null, null, ServiceSearch.sortOf(sort), "desc".equalsIgnoreCase(dir));
        model.addAttribute("search", search);
        model.addAttribute("results", services.search(search, PageRequest.of(page == null ? 0 : page - 1, null)));
        model.addAttribute("needAreas", NeedArea.values());
        model.addAttribute("municipalities", directory.municipalities());
        return "directory/services";
    }

    @GetMapping("/directory/services/{id}")
    String service(@PathVariable UUID id, Actor actor, Model model) {
        return servicePage(services.service(id), actor, model);
    }

    /** The service's staff tell their free places; a refusal or a bad figure shows on the service page. */
    @PostMapping("/directory/services/{id}/capacity")
    String updateCapacity(@PathVariable UUID id, @Valid @ModelAttribute("capacity") SaveCapacity form,
                          BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        ServiceView service = services.service(id);
        requireMaintainer(actor, service.organisationId());
        if (!FormSubmission.save(errors, () -> services.updateCapacity(actor, id, form))) {
            return servicePage(service, actor, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/services/" + id;
    }

    private String servicePage(ServiceView service, Actor actor, Model model) {
        model.addAttribute("service", service);
        boolean mayEdit = ServiceManagement.mayMaintain(actor, service.organisationId());
        model.addAttribute("mayEdit", mayEdit);
        if (mayEdit && !model.containsAttribute("capacity")) {
            model.addAttribute("capacity", new SaveCapacity(service.capacity().available(),
                    service.capacity().maximum(), service.capacity().unit(), service.version()));
        }
        return "directory/service";
    }

    @GetMapping("/directory/organisations/{organisationId}/services/new")
    String newService(@PathVariable UUID organisationId, Actor actor, Model model) {
        requireMaintainer(actor, organisationId);
        return form(model, SaveService.emptyFor(organisationId), null);
    }

    @PostMapping("/directory/services")
    String create(@Valid @ModelAttribute("form") SaveService form, BindingResult errors, Actor actor, Model model,
                  RedirectAttributes redirect) {
        if (form.organisationId() != null) {
            requireMaintainer(actor, form.organisationId());
        }
        Optional<UUID> created = FormSubmission.save(errors, () -> services.createService(actor, form));
        if (created.isEmpty()) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/services/" + created.get();
    }

    @GetMapping("/directory/services/{id}/edit")
    String edit(@PathVariable UUID id, Actor actor, Model model) {
        ServiceView service = services.service(id);
        requireMaintainer(actor, service.organisationId());
        return form(model, service.toForm(), id);
    }

    @PostMapping("/directory/services/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SaveService form, BindingResult errors,
                  Actor actor, Model model, RedirectAttributes redirect) {
        requireMaintainer(actor, services.service(id).organisationId());
        if (!FormSubmission.save(errors, () -> services.updateService(actor, id, form))) {
            return form(model, form, id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/services/" + id;
    }

    /** Refused before the form is shown, so nobody fills in a form they cannot save. */
    private void requireMaintainer(Actor actor, UUID organisationId) {
        services.requireMaintainer(actor, organisationId);
    }

    private String form(Model model, SaveService form, UUID id) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("serviceId", id);
        model.addAttribute("organisationName", form.organisationId() == null ? null
                : directory.organisationName(new org.throughcare.shared.OrganisationId(form.organisationId()))
                        .orElse(null));
        model.addAttribute("statuses", ServiceStatus.values());
        model.addAttribute("needAreas", NeedArea.values());
        model.addAttribute("municipalities", directory.municipalities());
        return "directory/service-form";
    }

    /** An unknown area in the address is treated as "any area" rather than an error. */
    private static NeedArea needArea(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NeedArea.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
