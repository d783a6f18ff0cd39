package org.throughcare.followup.lessons.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.throughcare.followup.lessons.LessonFilter;
import org.throughcare.followup.lessons.LessonKind;
import org.throughcare.followup.lessons.LessonsManagement;
import org.throughcare.followup.lessons.WriteLesson;
import org.throughcare.shared.Actor;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.PageRequest;

/** An office's lessons log: search, filter, sort and page it; its staff add entries below. */
@Controller
class LessonsPageController {

    private final LessonsManagement lessons;
    private final MessageSource messages;
    private final Clock clock;

    LessonsPageController(LessonsManagement lessons, MessageSource messages, Clock clock) {
        this.lessons = lessons;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(LessonKind.class, new LenientEditor<>(LessonKind::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
    }

    @GetMapping("/followup/lessons")
    String ownLog(Actor actor) {
        return "redirect:/followup/offices/" + lessons.defaultOffice(actor) + "/lessons";
    }

    @GetMapping("/followup/offices/{officeId}/lessons")
    String log(@PathVariable UUID officeId, @RequestParam(required = false) String q,
               @RequestParam(required = false) String tag, @RequestParam(required = false) String kind,
               @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
               @RequestParam(required = false) Integer page, Actor actor, HttpServletResponse response, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LessonFilter filter;
        try {
            filter = LessonFilter.of(q, tag, kind, sort, dir);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            e.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(),
                    LocaleContextHolder.getLocale())));
            filter = LessonFilter.of(q, tag, null, null, null);
        }
        model.addAttribute("log", lessons.log(officeId, filter, PageRequest.of(page == null ? 0 : page - 1, null), actor));
        model.addAttribute("filterErrors", errors);
        model.addAttribute("kinds", LessonKind.values());
        if (!model.containsAttribute("lessonForm")) {
            model.addAttribute("lessonForm", new WriteLesson(LessonKind.LESSON, LocalDate.now(clock), null, null, null,
                    null, null, null, null));
        }
        return "followup/lessons";
    }

    @PostMapping("/followup/offices/{officeId}/lessons")
    String write(@PathVariable UUID officeId, @Valid @ModelAttribute("lessonForm") WriteLesson form,
                 BindingResult errors, Model model, RedirectAttributes redirect, Actor actor,
                 HttpServletResponse response) {
        if (FormSubmission.save(errors, () -> lessons.write(officeId, form, actor)).isPresent()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/followup/offices/" + officeId + "/lessons";
        }
        return log(officeId, null, null, null, null, null, null, actor, response, model);
    }
}
