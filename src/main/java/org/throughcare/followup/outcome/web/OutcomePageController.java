package org.throughcare.followup.outcome.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import org.throughcare.followup.outcome.ClientOutcomesView;
import org.throughcare.followup.outcome.Occupation;
import org.throughcare.followup.outcome.OutcomeManagement;
import org.throughcare.followup.outcome.OutcomePoint;
import org.throughcare.followup.outcome.RecordOutcome;
import org.throughcare.followup.outcome.WhereNeeded;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.LenientEditor;

/** A client's outcome page: the three points with their forms, and the form for the next open point. */
@Controller
class OutcomePageController {

    private final OutcomeManagement outcomes;
    private final ClientQueries clients;
    private final Clock clock;

    OutcomePageController(OutcomeManagement outcomes, ClientQueries clients, Clock clock) {
        this.outcomes = outcomes;
        this.clients = clients;
        this.clock = clock;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(OutcomePoint.class, new LenientEditor<>(OutcomePoint::valueOf));
        binder.registerCustomEditor(Occupation.class, new LenientEditor<>(Occupation::valueOf));
        binder.registerCustomEditor(WhereNeeded.class, new LenientEditor<>(WhereNeeded::valueOf));
    }

    @GetMapping("/clients/{id}/outcomes")
    String outcomes(@PathVariable("id") ClientId client, Model model, Actor actor) {
        ClientOutcomesView view = outcomes.outcomes(client, actor);
        model.addAttribute("outcomes", view);
        model.addAttribute("client", clients.client(client, actor));
        if (!model.containsAttribute("outcomeForm") && !view.open().isEmpty()) {
            model.addAttribute("outcomeForm", new RecordOutcome(view.open().get(0), LocalDate.now(clock), null, null,
                    null, null, null));
        }
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("whereNeeded", WhereNeeded.values());
        return "followup/outcomes";
    }

    @PostMapping("/clients/{id}/outcomes")
    String record(@PathVariable("id") ClientId client, @Valid @ModelAttribute("outcomeForm") RecordOutcome form,
                  BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> outcomes.record(client, form, actor)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients/" + client + "/outcomes";
        }
        return outcomes(client, model, actor);
    }
}
