package org.throughcare.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
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
import org.throughcare.assessment.NeedArea;
import org.throughcare.client.ClientQueries;
import org.throughcare.identity.CurrentUser;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.DeclineMeasure;
import org.throughcare.plan.EditGoal;
import org.throughcare.plan.FollowUpNote;
import org.throughcare.plan.GroupPerson;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureView;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.PlanQueries;
import org.throughcare.plan.PlanView;
import org.throughcare.plan.ProgressReport;
import org.throughcare.plan.ReleaseDayEntry;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.plan.ReleaseDayPlan;
import org.throughcare.plan.ReleaseDayView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.StaleEditException;

/**
 * The plan pages: the plan by need area with its flags, one measure (answer, progress, notes, change,
 * history), the release-day arrangements, the panel on the client page, and the measures an organisation owns.
 */
@Controller
class PlanPageController {

    private final PlanQueries plans;
    private final PlanManagement management;
    private final MeasureWork work;
    private final ClientQueries clients;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanPageController(PlanQueries plans, PlanManagement management, MeasureWork work, ClientQueries clients,
                       CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.management = management;
        this.work = work;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(NeedArea.class, new LenientEditor<>(NeedArea::valueOf));
        binder.registerCustomEditor(MeasureType.class, new LenientEditor<>(MeasureType::valueOf));
        binder.registerCustomEditor(Phase.class, new LenientEditor<>(Phase::valueOf));
        binder.registerCustomEditor(MeasureStatus.class, new LenientEditor<>(MeasureStatus::valueOf));
        binder.registerCustomEditor(ReleaseDayItem.class, new LenientEditor<>(ReleaseDayItem::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
    }

    @GetMapping("/clients/{id}/plan")
    String plan(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        ClientId client = new ClientId(id);
        PlanView plan = plans.plan(client, actor);
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("plan", plan);
        if (plan.mayEdit()) {
            if (!model.containsAttribute("measureForm")) {
                model.addAttribute("measureForm", MeasurePageForm.empty());
            }
            if (!model.containsAttribute("goalForm")) {
                model.addAttribute("goalForm", new AddGoal(null, null));
            }
            if (!model.containsAttribute("editGoal")) {
                model.addAttribute("editGoal", new EditGoal(null, null));
            }
            addMeasureChoices(model, client, actor);
        }
        return "plan/plan";
    }

    @PostMapping("/clients/{id}/plan/goals")
    String addGoal(@PathVariable UUID id, @Valid @ModelAttribute("goalForm") AddGoal form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> management.addGoal(new ClientId(id), form, actor())).isPresent()) {
            return saved(redirect, "/clients/" + id + "/plan#area-" + form.area());
        }
        return plan(id, model);
    }

    @PostMapping("/clients/{id}/plan/goals/{goalId}")
    String editGoal(@PathVariable UUID id, @PathVariable UUID goalId, @Valid @ModelAttribute("editGoal") EditGoal form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> management.editGoal(new ClientId(id), goalId, form, actor()))) {
            return saved(redirect, "/clients/" + id + "/plan");
        }
        model.addAttribute("editGoalId", goalId);
        return plan(id, model);
    }

    @PostMapping("/clients/{id}/plan/measures")
    String addMeasure(@PathVariable UUID id, @Valid @ModelAttribute("measureForm") MeasurePageForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.save(errors, renamed(() -> management.addMeasure(new ClientId(id), form.toCommand(),
                actor()))).isPresent()) {
            return saved(redirect, "/clients/" + id + "/plan#area-" + form.area());
        }
        return plan(id, model);
    }

    @GetMapping("/clients/{id}/plan/measures/{measureId}")
    String measure(@PathVariable UUID id, @PathVariable UUID measureId, Model model) {
        Actor actor = actor();
        ClientId client = new ClientId(id);
        MeasureView measure = plans.measure(client, measureId, actor);
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("measure", measure);
        model.addAttribute("history", plans.history(client, measureId, actor));
        defaults(model, "declineForm", new DeclineMeasure(null, measure.version()));
        defaults(model, "progressForm", new ProgressReport(null, null));
        defaults(model, "noteForm", new FollowUpNote(LocalDate.now(clock), null));
        if (measure.mayEdit()) {
            defaults(model, "measureForm", MeasurePageForm.of(measure));
            addMeasureChoices(model, client, actor);
        }
        return "plan/measure";
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}")
    String editMeasure(@PathVariable UUID id, @PathVariable UUID measureId,
                       @Valid @ModelAttribute("measureForm") MeasurePageForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (FormSubmission.save(errors, renamed(() -> {
            management.editMeasure(new ClientId(id), measureId, form.toCommand(), actor());
            return true;
        })).isPresent()) {
            return saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model);
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/accept")
    String accept(@PathVariable UUID id, @PathVariable UUID measureId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return answered(redirect, measurePath(id, measureId),
                () -> work.accept(new ClientId(id), measureId, version, actor()));
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/decline")
    String decline(@PathVariable UUID id, @PathVariable UUID measureId,
                   @Valid @ModelAttribute("declineForm") DeclineMeasure form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> work.decline(new ClientId(id), measureId, form, actor()))) {
            return saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model);
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/progress")
    String progress(@PathVariable UUID id, @PathVariable UUID measureId,
                    @Valid @ModelAttribute("progressForm") ProgressReport form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> work.report(new ClientId(id), measureId, form, actor()))) {
            return saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model);
    }

    @PostMapping("/clients/{id}/plan/measures/{measureId}/notes")
    String note(@PathVariable UUID id, @PathVariable UUID measureId,
                @Valid @ModelAttribute("noteForm") FollowUpNote form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> work.addNote(new ClientId(id), measureId, form, actor()))) {
            return saved(redirect, measurePath(id, measureId));
        }
        return measure(id, measureId, model);
    }

    @GetMapping("/clients/{id}/plan/release-day")
    String releaseDay(@PathVariable UUID id, Model model) {
        Actor actor = actor();
        ClientId client = new ClientId(id);
        PlanView plan = plans.plan(client, actor);
        if (!model.containsAttribute("form")) {
            List<ReleaseDayEntry> entries = new ArrayList<>();
            for (ReleaseDayView r : plan.releaseDay()) {
                entries.add(new ReleaseDayEntry(r.item(), r.arrangement(), r.ownerOrganisationId(), r.responsibleName(),
                        r.version()));
            }
            model.addAttribute("form", new ReleaseDayPlan(entries));
        }
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("plan", plan);
        model.addAttribute("organisations", PlanManagement.organisations(management.people(client, actor)).entrySet()
                .stream().map(e -> new Choice(e.getKey().toString(), e.getValue())).toList());
        return "plan/release-day";
    }

    @PostMapping("/clients/{id}/plan/release-day")
    String saveReleaseDay(@PathVariable UUID id, @Valid @ModelAttribute("form") ReleaseDayPlan form,
                          BindingResult errors, Model model, RedirectAttributes redirect) {
        if (FormSubmission.save(errors, () -> management.saveReleaseDay(new ClientId(id), form, actor()))) {
            return saved(redirect, "/clients/" + id + "/plan#release-day");
        }
        return releaseDay(id, model);
    }

    /** The plan's flags and, near release, the release-day arrangements: loaded into the client page. */
    @GetMapping("/clients/{id}/plan/panel")
    String panel(@PathVariable UUID id, Model model) {
        model.addAttribute("clientId", id);
        model.addAttribute("plan", plans.plan(new ClientId(id), actor()));
        return "plan/panel :: panel";
    }

    @GetMapping("/measures")
    String owned(Model model) {
        model.addAttribute("measures", plans.ownedByMyOrganisation(actor()));
        return "plan/owned";
    }

    @PostMapping("/measures/{clientId}/{measureId}/accept")
    String acceptFromList(@PathVariable UUID clientId, @PathVariable UUID measureId,
                          @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return answered(redirect, "/measures", () -> work.accept(new ClientId(clientId), measureId, version, actor()));
    }

    /** An option of a select: its value and its text. */
    record Choice(String value, String text) {
    }

    private void addMeasureChoices(Model model, ClientId client, Actor actor) {
        List<GroupPerson> people = management.people(client, actor);
        model.addAttribute("people", people.stream().map(p -> new Choice(p.key(), p.name() + " (" + p.organisationName()
                + ")")).toList());
        model.addAttribute("organisations", PlanManagement.organisations(people).entrySet().stream()
                .map(e -> new Choice(e.getKey().toString(), e.getValue())).toList());
        model.addAttribute("areas", NeedArea.values());
        model.addAttribute("types", MeasureType.values());
        model.addAttribute("phases", Phase.values());
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

    private static <T> Supplier<T> renamed(Supplier<T> change) {
        return () -> {
            try {
                return change.get();
            } catch (InvalidInputException e) {
                throw e.renamed(MeasurePageForm.FIELDS);
            }
        };
    }

    private static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static String measurePath(UUID id, UUID measureId) {
        return "/clients/" + id + "/plan/measures/" + measureId;
    }

    private static String saved(RedirectAttributes redirect, String path) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path;
    }

    private Actor actor() {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
