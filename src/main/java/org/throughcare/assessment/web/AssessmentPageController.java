package org.throughcare.assessment.web;

import jakarta.validation.Valid;
import java.util.List;
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
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.assessment.AssessmentVersionView;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.assessment.RecordAssessment;
import org.throughcare.client.ClientQueries;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.Role;

/** The assessment pages: a version (the latest by default), a new version, and what changed between two. */
@Controller
class AssessmentPageController {

    private final AssessmentManagement assessments;
    private final ClientQueries clients;

    AssessmentPageController(AssessmentManagement assessments, ClientQueries clients) {
        this.assessments = assessments;
        this.clients = clients;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(NeedArea.class, new LenientEditor<>(NeedArea::valueOf));
        binder.registerCustomEditor(Rating.class, new LenientEditor<>(Rating::valueOf));
    }

    @GetMapping("/clients/{id}/assessment")
    String view(@PathVariable("id") ClientId client, @RequestParam(required = false) Integer version, Model model,
                Actor actor) {
        model.addAttribute("client", clients.client(client, actor));
        List<AssessmentVersionView> versions = assessments.versions(client, actor);
        model.addAttribute("versions", versions);
        model.addAttribute("assessment", assessments.version(client, version, actor).orElse(null));
        model.addAttribute("mayRecord", mayRecord(actor));
        return "assessment/view";
    }

    @GetMapping("/clients/{id}/assessment/new")
    String draft(@PathVariable("id") ClientId client, Model model, Actor actor) {
        return form(model, client, assessments.draftOfNext(client, actor), actor);
    }

    @PostMapping("/clients/{id}/assessment")
    String record(@PathVariable("id") ClientId client, @Valid @ModelAttribute("form") RecordAssessment form,
                  BindingResult errors,
                  Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> assessments.record(client, form, actor)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients/" + client + "/assessment";
        }
        return form(model, client, form, actor);
    }

    @GetMapping("/clients/{id}/assessment/compare")
    String compare(@PathVariable("id") ClientId client, @RequestParam int from, @RequestParam int to, Model model,
                   Actor actor) {
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("comparison", assessments.compare(client, Math.min(from, to), Math.max(from, to), actor));
        return "assessment/compare";
    }

    private String form(Model model, ClientId client, RecordAssessment form, Actor actor) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("client", clients.client(client, actor));
        model.addAttribute("ratings", Rating.values());
        return "assessment/form";
    }

    private static boolean mayRecord(Actor actor) {
        return actor.role() == Role.COORDINATOR || actor.role() == Role.MANAGER;
    }
}
