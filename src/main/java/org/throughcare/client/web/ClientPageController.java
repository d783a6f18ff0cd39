package org.throughcare.client.web;

import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.DuplicateClientException;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;

/** The registration of a new client. */
@Controller
class ClientPageController {

    private final ClientManagement management;
    private final ClientForms forms;

    ClientPageController(ClientManagement management, ClientForms forms) {
        this.management = management;
        this.forms = forms;
    }

    @GetMapping("/clients/new")
    String newClient(Model model, Actor actor) {
        UUID office = actor.unitId() == null ? null : actor.unitId().value();
        return registerForm(model, RegisterClient.startingIn(office, actor.userId().value()), actor);
    }

    @PostMapping("/clients")
    String register(@Valid @ModelAttribute("form") RegisterClient form, BindingResult errors, Model model,
                    Actor actor) {
        try {
            Optional<ClientId> registered = FormSubmission.save(errors, () -> management.register(form, actor));
            if (registered.isPresent()) {
                return "redirect:/clients/" + registered.get();
            }
        } catch (DuplicateClientException e) {
            if (e.existingInOwnOffice().isPresent()) {
                errors.rejectValue("idNumber", "validation.client.duplicate");
                model.addAttribute("existingClientId", e.existingInOwnOffice().get());
            } else {
                errors.rejectValue("idNumber", "validation.client.duplicateElsewhere", new Object[] {e.owningOffice()},
                        null);
            }
        }
        return registerForm(model, form, actor);
    }

    private String registerForm(Model model, RegisterClient form, Actor actor) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("genders", Gender.values());
        forms.addRegistrationChoices(model, actor);
        return "clients/register";
    }
}
