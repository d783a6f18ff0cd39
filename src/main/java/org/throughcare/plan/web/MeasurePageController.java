package org.throughcare.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.throughcare.client.ClientQueries;
import org.throughcare.plan.DeclineMeasure;
import org.throughcare.plan.MeasureView;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.PlanQueries;
import org.throughcare.plan.RecordFollowUp;
import org.throughcare.plan.ReportProgress;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.StaleEditException;

/**
 * One measure — the owner's answer, progress and notes, the coordinator's changes, its history — and the
 * measures the reader's organisation owns.
 */
@Controller
class MeasurePageController {

    private final PlanQueries plans;
    private final PlanManagement management;
    private final MeasureWork work;
    private final ClientQueries clients;
    private final PlanPages pages;
    private final Clock clock;

    MeasurePageController(PlanQueries plans, PlanManagement management, MeasureWork work, ClientQueries clients,
                          PlanPages pages, Clock clock) {
        this.plans = plans;
        this.management = management;
        this.work = work;
        this.clients = clients;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/plan/measures/{measureId}")
    String measure(@PathVariable("id") ClientId client, @PathVariable UUID measureId, Model model, Actor actor) {
        MeasureView measure = plans.measure(client, measureId, actor);
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("measure", measure);
        model.addAttribute("history", plans.history(client, measureId, actor));
        PlanPages.defaults(model, "declineForm", new DeclineMeasure(null, measure.version()));
        PlanPages.defaults(model, "progressForm", new ReportProgress(null, null));
        PlanPages.defaults(model, "noteForm", new RecordFollowUp(LocalDate.now(clock), null));
        if (measure.mayEdit()) {
            PlanPages.defaults(model, "measureForm", MeasurePageForm.of(measure));
            pages.addMeasureChoices(model, client, actor);
        }
        return "plan/measure";
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}")
    String editMeasure(@PathVariable ClientId id, @PathVariable UUID measureId,
                       @Valid @ModelAttribute("measureForm") MeasurePageForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, PlanPages.renamed(() -> {
            management.editMeasure(id, measureId, form.toCommand(), actor);
            return true;
        })).isPresent()) {
            return PlanPages.saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model, actor);
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/accept")
    String accept(@PathVariable ClientId id, @PathVariable UUID measureId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect, Actor actor) {
        return answered(redirect, measurePath(id, measureId),
                () -> work.accept(id, measureId, version, actor));
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/decline")
    String decline(@PathVariable ClientId id, @PathVariable UUID measureId,
                   @Valid @ModelAttribute("declineForm") DeclineMeasure form, BindingResult errors, Model model,
                   RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> work.decline(id, measureId, form, actor))) {
            return PlanPages.saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model, actor);
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/progress")
    String progress(@PathVariable ClientId id, @PathVariable UUID measureId,
                    @Valid @ModelAttribute("progressForm") ReportProgress form, BindingResult errors, Model model,
                    RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> work.report(id, measureId, form, actor))) {
            return PlanPages.saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model, actor);
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/notes")
    String note(@PathVariable ClientId id, @PathVariable UUID measureId,
                @Valid @ModelAttribute("noteForm") RecordFollowUp form, BindingResult errors, Model model,
                RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> work.addNote(id, measureId, form, actor))) {
            return PlanPages.saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model, actor);
    }

    @GetMapping("/measures")
    String owned(Model model, Actor actor) {
        model.addAttribute("measures", plans.ownedByMyOrganisation(actor));
        return "plan/owned";
    }

    @PostMapping("/measures/{clientId}/{measureId}/accept")
    String acceptFromList(@PathVariable ClientId clientId, @PathVariable UUID measureId,
                          @RequestParam(required = false) Long version, RedirectAttributes redirect, Actor actor) {
        return answered(redirect, "/measures",
                () -> work.accept(clientId, measureId, version, actor));
    }

    /**
     * A button without a form to show again: when the answer is refused (answered meanwhile by a colleague, or
     * the measure changed since it was read), say why on the page it returns to.
     */
    private static String answered(RedirectAttributes redirect, String path, Runnable answer) {
        try {
            answer.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("problem", "error.staleEdit");
        }
        return "redirect:" + path;
    }

    private static String measurePath(ClientId id, UUID measureId) {
        return "/clients/" + id + "/plan/measures/" + measureId;
    }
}
