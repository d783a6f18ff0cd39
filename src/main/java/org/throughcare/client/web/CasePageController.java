package org.throughcare.client.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ChangeStage;
import org.throughcare.client.ClientLifecycle;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.OfficeFigures;
import org.throughcare.client.ClientView;
import org.throughcare.client.Criterion;
import org.throughcare.client.Eligibility;
import org.throughcare.client.RecordCustody;
import org.throughcare.client.RecordScreening;
import org.throughcare.client.TargetPoolView;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;

/** Changes to one client's case: its stage, its custody facts, its screening; and the target pool. */
@Controller
class CasePageController {

    private final ClientQueries queries;
    private final OfficeFigures figures;
    private final ClientManagement management;
    private final ClientLifecycle lifecycle;
    private final ClientForms forms;
    private final Clock clock;

    CasePageController(ClientQueries queries, ClientManagement management, ClientLifecycle lifecycle,
                       ClientForms forms, Clock clock, OfficeFigures figures) {
        this.figures = figures;
        this.queries = queries;
        this.management = management;
        this.lifecycle = lifecycle;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/stage")
    String stage(@PathVariable ClientId id, Model model, Actor actor) {
        ClientView client = queries.client(id, actor);
        if (!client.mayChange()) {
            throw AccessRefusedException.forChange(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        return stageForm(model, client, new ChangeStage(null, LocalDate.now(clock), null, client.version()));
    }

    @PostMapping("/clients/{id}/stage")
    String changeStage(@PathVariable ClientId id, @Valid @ModelAttribute("form") ChangeStage form,
                       BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> lifecycle.changeStage(id, form, actor))) {
            return savedAndBackTo(id, redirect);
        }
        return stageForm(model, queries.client(id, actor), form);
    }

    @GetMapping("/clients/{id}/custody")
    String custody(@PathVariable ClientId id, Model model, Actor actor) {
        ClientView client = queries.client(id, actor);
        if (!client.mayRecordCustody()) {
            throw AccessRefusedException.forChange(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        RecordCustody form = client.custody() == null ? RecordCustody.empty(client.version())
                : client.custody().toForm(client.version());
        return custodyForm(model, client, form);
    }

    @PostMapping("/clients/{id}/custody")
    String recordCustody(@PathVariable ClientId id, @Valid @ModelAttribute("form") RecordCustody form,
                         BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.recordCustody(id, form, actor))) {
            return savedAndBackTo(id, redirect);
        }
        return custodyForm(model, queries.client(id, actor), form);
    }

    @GetMapping("/clients/{id}/screening")
    String screening(@PathVariable ClientId id, Model model, Actor actor) {
        ClientView client = queries.client(id, actor);
        // Only those who may change the case screen it: others are not offered a form they could not send.
        if (!client.mayChange()) {
            throw AccessRefusedException.forChange(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        return screeningForm(model, client, lifecycle.prefilledScreening(id, actor));
    }

    @PostMapping("/clients/{id}/screening")
    String screen(@PathVariable ClientId id, @Valid @ModelAttribute("form") RecordScreening form, BindingResult errors,
                  Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> lifecycle.screen(id, form, actor))) {
            return savedAndBackTo(id, redirect);
        }
        return screeningForm(model, queries.client(id, actor), form);
    }

    @GetMapping("/target-pool")
    String targetPool(@RequestParam(required = false) Integer months, Model model, Actor actor) {
        TargetPoolView pool = figures.targetPool(months == null ? 12 : months, actor);
        model.addAttribute("pool", pool);
        return "clients/target-pool";
    }

    private static String savedAndBackTo(ClientId id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clients/" + id;
    }

    private String stageForm(Model model, ClientView client, ChangeStage form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("client", client);
        return "clients/stage";
    }

    private String custodyForm(Model model, ClientView client, RecordCustody form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("client", client);
        forms.addCustodyChoices(model);
        return "clients/custody";
    }

    private String screeningForm(Model model, ClientView client, RecordScreening form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("client", client);
        model.addAttribute("statuses", Criterion.Status.values());
        model.addAttribute("decisions", Eligibility.values());
        return "clients/screening";
    }
}
