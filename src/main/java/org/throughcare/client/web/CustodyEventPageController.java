package org.throughcare.client.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.client.CustodyEventKind;
import org.throughcare.client.CustodyEvents;
import org.throughcare.client.RecordCustodyEvent;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.NotFoundException;

/**
 * The client's custody page: the custody history in words for every reader of the case's custody facts, and,
 * for those who may record them, a form per kind of custody event.
 */
@Controller
class CustodyEventPageController {

    private final ClientQueries queries;
    private final CustodyEvents events;
    private final ClientForms forms;

    CustodyEventPageController(ClientQueries queries, CustodyEvents events, ClientForms forms) {
        this.queries = queries;
        this.events = events;
        this.forms = forms;
    }

    @GetMapping("/clients/{id}/custody-events")
    String history(@PathVariable ClientId id, Model model, Actor actor) {
        model.addAttribute("client", queries.client(id, actor));
        model.addAttribute("events", events.history(id, actor));
        model.addAttribute("kinds", CustodyEventKind.values());
        return "clients/custody-events";
    }

    @GetMapping("/clients/{id}/custody-events/{kind}")
    String form(@PathVariable ClientId id, @PathVariable String kind, Model model, Actor actor) {
        CustodyEventKind chosen = kindOf(kind);
        ClientView client = queries.client(id, actor);
        if (!client.mayRecordCustody()) {
            throw AccessRefusedException.forChange(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        return page(model, client, chosen, RecordCustodyEvent.empty(client.version()));
    }

    @PostMapping("/clients/{id}/custody-events/{kind}")
    String record(@PathVariable ClientId id, @PathVariable String kind,
                  @Valid @ModelAttribute("form") RecordCustodyEvent form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Actor actor) {
        CustodyEventKind chosen = kindOf(kind);
        if (FormSubmission.save(errors, () -> events.record(id, chosen, form, actor)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients/" + id + "/custody-events";
        }
        return page(model, queries.client(id, actor), chosen, form);
    }

    /** The kind in an address: {@code early-release} for EARLY_RELEASE. */
    static String slugOf(CustodyEventKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static CustodyEventKind kindOf(String slug) {
        for (CustodyEventKind kind : CustodyEventKind.values()) {
            if (slugOf(kind).equals(slug)) {
                return kind;
            }
        }
        throw new NotFoundException("custody event kind");
    }

    private String page(Model model, ClientView client, CustodyEventKind kind, RecordCustodyEvent form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("client", client);
        model.addAttribute("kind", kind);
        model.addAttribute("slug", slugOf(kind));
        forms.addCustodyEventChoices(model);
        return "clients/custody-event";
    }
}
