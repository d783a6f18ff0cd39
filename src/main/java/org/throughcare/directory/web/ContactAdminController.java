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
import org.throughcare.directory.ContactManagement;
import org.throughcare.directory.ContactView;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.SaveContact;
import org.throughcare.directory.SaveUnit;
import org.throughcare.directory.UnitView;
import org.throughcare.shared.FormSubmission;

/** The administrator's forms for an organisation's contacts and units. */
@Controller
class ContactAdminController {

    private final DirectoryManagement directory;
    private final ContactManagement contacts;

    ContactAdminController(DirectoryManagement directory, ContactManagement contacts) {
        this.directory = directory;
        this.contacts = contacts;
    }

    @GetMapping("/admin/organisations/{organisationId}/contacts/new")
    String newContact(@PathVariable UUID organisationId, Model model) {
        return contactForm(model, organisationId, null, SaveContact.empty());
    }

    @PostMapping("/admin/organisations/{organisationId}/contacts")
    String addContact(@PathVariable UUID organisationId, @Valid @ModelAttribute("form") SaveContact form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        Optional<UUID> added = FormSubmission.save(errors, () -> contacts.addContact(organisationId, form));
        if (added.isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/directory/contacts/" + added.get();
        }
        return contactForm(model, organisationId, null, form);
    }

    @GetMapping("/admin/contacts/{id}/edit")
    String editContact(@PathVariable UUID id, Model model) {
        ContactView contact = contacts.contact(id);
        return contactForm(model, contact.organisationId(), id, contact.toForm());
    }

    @PostMapping("/admin/contacts/{id}")
    String updateContact(@PathVariable UUID id, @Valid @ModelAttribute("form") SaveContact form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        ContactView existing = contacts.contact(id);
        if (FormSubmission.save(errors, () -> contacts.updateContact(id, form))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/directory/contacts/" + id;
        }
        return contactForm(model, existing.organisationId(), id, form);
    }

    @GetMapping("/admin/organisations/{organisationId}/units/new")
    String newUnit(@PathVariable UUID organisationId, Model model) {
        return unitForm(model, organisationId, null, SaveUnit.empty());
    }

    @PostMapping("/admin/organisations/{organisationId}/units")
    String addUnit(@PathVariable UUID organisationId, @Valid @ModelAttribute("form") SaveUnit form,
                   BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> contacts.addUnit(organisationId, form)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/directory/organisations/" + organisationId;
        }
        return unitForm(model, organisationId, null, form);
    }

    @GetMapping("/admin/units/{id}/edit")
    String editUnit(@PathVariable UUID id, Model model) {
        UnitView unit = contacts.unit(id);
        return unitForm(model, unit.organisationId(), id, unit.toForm());
    }

    @PostMapping("/admin/units/{id}")
    String updateUnit(@PathVariable UUID id, @Valid @ModelAttribute("form") SaveUnit form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        UnitView existing = contacts.unit(id);
        if (FormSubmission.save(errors, () -> contacts.updateUnit(id, form))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/directory/organisations/" + existing.organisationId();
        }
        return unitForm(model, existing.organisationId(), id, form);
    }

    private String contactForm(Model model, UUID organisationId, UUID contactId, SaveContact form) {
        model.addAttribute("organisation", directory.organisation(organisationId));
        model.addAttribute("contactId", contactId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "admin/contact-form";
    }

    private String unitForm(Model model, UUID organisationId, UUID unitId, SaveUnit form) {
        model.addAttribute("organisation", directory.organisation(organisationId));
        model.addAttribute("unitId", unitId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("municipalities", directory.municipalities());
        return "admin/unit-form";
    }
}
