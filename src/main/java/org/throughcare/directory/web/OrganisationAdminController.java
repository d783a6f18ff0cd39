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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.directory.AddMunicipality;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.SaveOrganisation;
import org.throughcare.shared.FormSubmission;

/** The administrator's forms for organisations and municipalities ({@code /admin/**} is for administrators). */
@Controller
class OrganisationAdminController {

    private final DirectoryManagement directory;

    OrganisationAdminController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @GetMapping("/admin/organisations/new")
    String newOrganisation(Model model) {
        return form(model, SaveOrganisation.empty(), null);
    }

    @PostMapping("/admin/organisations")
    String create(@Valid @ModelAttribute("form") SaveOrganisation form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<UUID> created = FormSubmission.save(errors, () -> directory.createOrganisation(form));
        if (created.isEmpty()) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/organisations/" + created.get();
    }

    @GetMapping("/admin/organisations/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, directory.organisation(id).toForm(), id);
    }

    @PostMapping("/admin/organisations/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SaveOrganisation form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!FormSubmission.save(errors, () -> directory.updateOrganisation(id, form))) {
            return form(model, form, id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/directory/organisations/" + id;
    }

    @GetMapping("/admin/municipalities")
    String municipalities(Model model) {
        model.addAttribute("form", new AddMunicipality(null, null, "SE"));
        model.addAttribute("municipalities", directory.municipalities());
        return "admin/municipalities";
    }

    @PostMapping("/admin/municipalities")
    String addMunicipality(@Valid @ModelAttribute("form") AddMunicipality form, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> directory.addMunicipality(form)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/municipalities";
        }
        model.addAttribute("municipalities", directory.municipalities());
        return "admin/municipalities";
    }

    private String form(Model model, SaveOrganisation form, UUID id) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("organisationId", id);
        model.addAttribute("agencyTypes", AgencyType.values());
        model.addAttribute("municipalities", directory.municipalities());
        return "admin/organisation-form";
    }
}
