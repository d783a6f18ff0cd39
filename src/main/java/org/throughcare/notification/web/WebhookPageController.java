package org.throughcare.notification.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.OrganisationSummaryView;
import org.throughcare.notification.webhook.NewSecretView;
import org.throughcare.notification.webhook.SaveWebhookEndpoint;
import org.throughcare.notification.webhook.WebhookAdministration;
import org.throughcare.notification.webhook.WebhookEndpointView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.PageRequest;

/**
 * The administrator's webhook pages ({@code /admin/**} is for administrators): the endpoints of every
 * organisation; one endpoint with its form, its state, its signing secrets, the test button and its delivery log.
 * A new secret is shown once, on the page the change leads to.
 */
@Controller
class WebhookPageController {

    private final WebhookAdministration webhooks;
    private final DirectoryManagement directory;

    WebhookPageController(WebhookAdministration webhooks, DirectoryManagement directory) {
        this.webhooks = webhooks;
        this.directory = directory;
    }

    @InitBinder("form")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
        binder.registerCustomEditor(Long.class, new LenientEditor<>(Long::valueOf));
    }

    @GetMapping("/admin/webhooks")
    String list(Actor actor, Model model) {
        model.addAttribute("endpoints", webhooks.endpoints(actor).stream()
                .sorted(Comparator.comparing(WebhookEndpointView::organisationName, Comparator.nullsLast(String::compareTo)))
                .toList());
        return "admin/webhooks";
    }

    @GetMapping("/admin/webhooks/new")
    String newEndpoint(Model model) {
        return form(model, SaveWebhookEndpoint.empty());
    }

    @PostMapping("/admin/webhooks")
    String create(@Valid @ModelAttribute("form") SaveWebhookEndpoint form, BindingResult errors, Actor actor,
                  Model model, RedirectAttributes redirect) {
        Optional<NewSecretView> created = FormSubmission.save(errors, () -> webhooks.create(form, actor));
        if (created.isEmpty()) {
            return form(model, form);
        }
        redirect.addFlashAttribute("newSecret", created.get().secret());
        return "redirect:/admin/webhooks/" + created.get().endpointId();
    }

    @GetMapping("/admin/webhooks/{endpointId}")
    String endpoint(@PathVariable UUID endpointId, @RequestParam(required = false) Integer page, Actor actor,
                    Model model) {
        WebhookEndpointView endpoint = webhooks.endpoint(endpointId, actor);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SaveWebhookEndpoint(endpoint.organisationId(), endpoint.url(),
                    endpoint.description(), endpoint.eventTypes(), endpoint.version()));
        }
        return detail(endpoint, page, actor, model);
    }

    @PostMapping("/admin/webhooks/{endpointId}")
    String update(@PathVariable UUID endpointId, @Valid @ModelAttribute("form") SaveWebhookEndpoint form,
                  BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
        if (!FormSubmission.save(errors, () -> webhooks.update(endpointId, form, actor))) {
            return detail(webhooks.endpoint(endpointId, actor), null, actor, model);
        }
        redirect.addFlashAttribute("done", "webhook.saved");
        return "redirect:/admin/webhooks/" + endpointId;
    }

    @PostMapping("/admin/webhooks/{endpointId}/disable")
    String disable(@PathVariable UUID endpointId, @RequestParam(required = false) String reason, Actor actor,
                   RedirectAttributes redirect) {
        return act(endpointId, redirect, () -> webhooks.disable(endpointId, reason, actor), "webhook.done");
    }

    @PostMapping("/admin/webhooks/{endpointId}/enable")
    String enable(@PathVariable UUID endpointId, Actor actor, RedirectAttributes redirect) {
        return act(endpointId, redirect, () -> webhooks.enable(endpointId, actor), "webhook.done");
    }

    @PostMapping("/admin/webhooks/{endpointId}/secrets")
    String addSecret(@PathVariable UUID endpointId, Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newSecret", webhooks.addSecret(endpointId, actor).secret());
        return "redirect:/admin/webhooks/" + endpointId;
    }

    @PostMapping("/admin/webhooks/{endpointId}/secrets/{secretId}/retire")
    String retireSecret(@PathVariable UUID endpointId, @PathVariable UUID secretId, Actor actor,
                        RedirectAttributes redirect) {
        return act(endpointId, redirect, () -> webhooks.retireSecret(endpointId, secretId, actor), "webhook.done");
    }

    @PostMapping("/admin/webhooks/{endpointId}/test-event")
    String sendTest(@PathVariable UUID endpointId, Actor actor, RedirectAttributes redirect) {
        return act(endpointId, redirect, () -> webhooks.sendTest(endpointId, actor), "webhook.test.sent");
    }

    private String act(UUID endpointId, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("refusedArguments", e.problems().get(0).arguments());
        }
        return "redirect:/admin/webhooks/" + endpointId;
    }

    private String detail(WebhookEndpointView endpoint, Integer page, Actor actor, Model model) {
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("eventTypes", WebhookAdministration.EVENT_TYPES);
        model.addAttribute("deliveries", webhooks.deliveries(endpoint.id(),
                PageRequest.of(page == null ? 0 : Math.max(0, page - 1), null), actor));
        return "admin/webhook";
    }

    private String form(Model model, SaveWebhookEndpoint form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("eventTypes", WebhookAdministration.EVENT_TYPES);
        model.addAttribute("organisations", Stream.of(AgencyType.values())
                .flatMap(type -> directory.organisationsOfType(type).stream())
                .sorted(Comparator.comparing(OrganisationSummaryView::name)).toList());
        return "admin/webhook-form";
    }
}
