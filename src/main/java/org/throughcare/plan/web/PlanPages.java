package org.throughcare.plan.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.shared.NeedArea;
import org.throughcare.plan.GroupPersonView;
import org.throughcare.plan.MeasureStatus;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanManagement;
import org.throughcare.plan.ReleaseDayItem;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.LenientEditor;

/** What the plan pages share: the measure form's choices and lenient binding of choices. */
@ControllerAdvice(assignableTypes = {PlanPageController.class, MeasurePageController.class})
class PlanPages {

    /** An option of a select: its value and its text. */
    record Choice(String value, String text) {
    }

    private final PlanManagement management;

    PlanPages(PlanManagement management) {
        this.management = management;
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

    /** The group's people and organisations, and the enums, for the measure form. */
    void addMeasureChoices(Model model, ClientId client, Actor actor) {
        List<GroupPersonView> people = management.people(client, actor);
        model.addAttribute("people", people.stream().map(p -> new Choice(p.key(), p.name() + " (" + p.organisationName()
                + ")")).toList());
        model.addAttribute("organisations", organisationChoices(people));
        model.addAttribute("areas", NeedArea.values());
        model.addAttribute("types", MeasureType.values());
        model.addAttribute("phases", Phase.values());
    }

    static List<Choice> organisationChoices(List<GroupPersonView> people) {
        return PlanManagement.organisations(people).entrySet().stream()
                .map(e -> new Choice(e.getKey().toString(), e.getValue())).toList();
    }

    /** The service names the measure's person by user or contact; the page form has one choice for both. */
    static <T> Supplier<T> renamed(Supplier<T> change) {
        return () -> {
            try {
                return change.get();
            } catch (InvalidInputException e) {
                throw e.renamed(MeasurePageForm.FIELDS);
            }
        };
    }

    static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    static String saved(RedirectAttributes redirect, String path) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path;
    }
}
