package org.throughcare.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.notification.MailChoice;
import org.throughcare.notification.MailSettings;
import org.throughcare.notification.SaveMailChoice;
import org.throughcare.shared.Actor;
import org.throughcare.shared.DocumentLocale;
import org.throughcare.shared.FormSubmission;

/**
 * Each user's own page for e-mail about their notices, reached from the inbox. A value the form does not offer is
 * refused at its field (400); a save over one made meanwhile in another window is refused (409).
 */
@Controller
class MailSettingsPageController {

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mail;

    MailSettingsPageController(MailSettings settings, ObjectProvider<JavaMailSender> mail) {
        this.settings = settings;
        this.mail = mail;
    }

    @GetMapping("/notifications/settings")
    String show(Actor actor, Model model) {
        MailChoice choice = settings.of(actor);
        model.addAttribute("form", new SaveMailChoice(choice.frequency().name(), choice.language(),
                String.valueOf(choice.version())));
        return page(model);
    }

    @PostMapping("/notifications/settings")
    String save(@ModelAttribute("form") SaveMailChoice form, BindingResult errors, Actor actor,
                HttpServletResponse response, RedirectAttributes redirect, Model model) {
        if (FormSubmission.save(errors, () -> settings.save(form, actor)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/notifications/settings";
        }
        boolean stale = errors.getGlobalErrors().stream().anyMatch(e -> "error.staleEdit".equals(e.getCode()));
        response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("frequencies", MailChoice.Frequency.values());
        model.addAttribute("languages", DocumentLocale.LANGUAGES);
        model.addAttribute("mailOn", mail.getIfAvailable() != null);
        return "notification/settings";
    }
}
