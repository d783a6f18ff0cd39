package org.throughcare.plan.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.DateDecision;
import org.throughcare.plan.ArrangeReleaseDay;
import org.throughcare.plan.EditGoal;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.PlanQueries;
import org.throughcare.plan.PlanView;
import org.throughcare.plan.ReleaseDayArrangements;
import org.throughcare.plan.ReleaseDayEntry;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.plan.Replanning;
import org.throughcare.plan.ReleaseDayView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;

/** The plan by need area with its flags, goals, new measures, the release-day arrangements, the client-page panel. */
@Controller
class PlanPageController {

    private final PlanQueries plans;
    private final PlanManagement management;
    private final ReleaseDayArrangements releaseDay;
    private final Replanning replanning;
    private final ClientQueries clients;
    private final PlanPages pages;

    PlanPageController(PlanQueries plans, PlanManagement management, ReleaseDayArrangements releaseDay,
                       Replanning replanning, ClientQueries clients, PlanPages pages) {
        this.plans = plans;
        this.management = management;
        this.releaseDay = releaseDay;
        this.replanning = replanning;
        this.clients = clients;
        this.pages = pages;
    }

    @GetMapping("/clients/{id}/plan")
    String plan(@PathVariable("id") ClientId client, Model model, Actor actor) {
        PlanView plan = plans.plan(client, actor);
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("plan", plan);
        model.addAttribute("checks", replanning.checks(client, plan, actor));
        if (plan.mayEdit()) {
            PlanPages.defaults(model, "measureForm", MeasurePageForm.empty());
            PlanPages.defaults(model, "goalForm", new AddGoal(null, null));
            PlanPages.defaults(model, "editGoal", new EditGoal(null, null));
            pages.addMeasureChoices(model, client, actor);
        }
        return "plan/plan";
    }

    @PostMapping("/clients/{id}/plan/goals")
    String addGoal(@PathVariable ClientId id, @Valid @ModelAttribute("goalForm") AddGoal form, BindingResult errors,
                   Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.addGoal(id, form, actor)).isPresent()) {
            return PlanPages.saved(redirect, "/clients/" + id + "/plan#area-" + form.area());
        }
        return plan(id, model, actor);
    }

    @PostMapping("/clients/{id}/plan/goals/{goalId}")
    String editGoal(@PathVariable ClientId id, @PathVariable UUID goalId,
                    @Valid @ModelAttribute("editGoal") EditGoal form,
                    BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.editGoal(id, goalId, form, actor))) {
            return PlanPages.saved(redirect, "/clients/" + id + "/plan");
        }
        model.addAttribute("editGoalId", goalId);
        return plan(id, model, actor);
    }

    @PostMapping("/clients/{id}/plan/measures")
    String addMeasure(@PathVariable ClientId id, @Valid @ModelAttribute("measureForm") MeasurePageForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, PlanPages.renamed(() -> management.addMeasure(id,
                form.toCommand(), actor))).isPresent()) {
            return PlanPages.saved(redirect, "/clients/" + id + "/plan#area-" + form.area());
        }
        return plan(id, model, actor);
    }

    @GetMapping("/clients/{id}/plan/release-day")
    String releaseDay(@PathVariable("id") ClientId client, Model model, Actor actor) {
        PlanView plan = plans.plan(client, actor);
        if (!model.containsAttribute("form")) {
            List<ReleaseDayEntry> entries = new ArrayList<>();
            for (ReleaseDayView r : plan.releaseDay()) {
                entries.add(new ReleaseDayEntry(r.item(), r.arrangement(), r.ownerOrganisationId(), r.responsibleName(),
                        r.version()));
            }
            model.addAttribute("form", new ArrangeReleaseDay(entries));
        }
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("plan", plan);
        model.addAttribute("checks", replanning.checks(client, plan, actor));
        if (plan.mayEdit()) {
            model.addAttribute("organisations", PlanPages.organisationChoices(management.people(client, actor)));
        }
        return "plan/release-day";
    }

    /** The arrangement was checked against the moved date or the transfer, by its owner or the coordinator. */
    @PostMapping("/clients/{id}/plan/release-day/{item}/confirm")
    String confirmReleaseDay(@PathVariable ClientId id, @PathVariable ReleaseDayItem item,
                             RedirectAttributes redirect, Actor actor) {
        replanning.confirm(id, item, actor);
        return PlanPages.saved(redirect, "/clients/" + id + "/plan/release-day");
    }

    /** A measure due on the old release date: moved to the new date, or kept. */
    @PostMapping("/clients/{id}/plan/measures/{measureId}/release-date")
    String decideDate(@PathVariable ClientId id, @PathVariable UUID measureId,
                      @Valid @ModelAttribute("dateDecision") DateDecision form, BindingResult errors, Model model,
                      RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> replanning.decide(id, measureId, form, actor))) {
            return PlanPages.saved(redirect, "/clients/" + id + "/plan#measures-to-check");
        }
        model.addAttribute("decisionFor", measureId);
        return plan(id, model, actor);
    }

    @PostMapping("/clients/{id}/plan/release-day")
    String saveReleaseDay(@PathVariable ClientId id, @Valid @ModelAttribute("form") ArrangeReleaseDay form,
                          BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> releaseDay.save(id, form, actor))) {
            return PlanPages.saved(redirect, "/clients/" + id + "/plan#release-day");
        }
        return releaseDay(id, model, actor);
    }

    /** The plan's flags and, near release, the release-day arrangements: loaded into the client page. */
    @GetMapping("/clients/{id}/plan/panel")
    String panel(@PathVariable ClientId id, Model model, Actor actor) {
        model.addAttribute("clientId", id);
        model.addAttribute("plan", plans.plan(id, actor));
        return "plan/panel :: panel";
    }
}
