package org.throughcare.identity.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.identity.ChangePassword;
import org.throughcare.identity.ChoosePassword;
import org.throughcare.identity.PasswordManagement;
import org.throughcare.shared.FormSubmission;

/** Setting a password through a one-time link (signed out), and changing one's own (signed in). */
@Controller
class PasswordPageController {

    private final PasswordManagement passwords;

    PasswordPageController(PasswordManagement passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account/setup/{token}")
    String setupForm(@PathVariable String token, Model model) {
        model.addAttribute("linkWorks", passwords.linkWorks(token));
        model.addAttribute("token", token);
        model.addAttribute("form", new ChoosePassword(null, null));
        return "account/setup";
    }

    @PostMapping("/account/setup/{token}")
    String setup(@PathVariable String token, @Valid @ModelAttribute("form") ChoosePassword form, BindingResult errors,
                 Model model) {
        if (!FormSubmission.save(errors, () -> passwords.setWithLink(token, form))) {
            model.addAttribute("linkWorks", passwords.linkWorks(token));
            model.addAttribute("token", token);
            return "account/setup";
        }
        return "redirect:/login?passwordSet";
    }

    @GetMapping("/account/password")
    String changeForm(Model model) {
        model.addAttribute("form", new ChangePassword(null, null, null));
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") ChangePassword form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (!FormSubmission.save(errors, () -> passwords.change(form))) {
            return "account/password";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/password";
    }
}
