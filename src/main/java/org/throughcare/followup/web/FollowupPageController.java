package org.throughcare.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.throughcare.followup.Cohort;
import org.throughcare.followup.CohortBasis;
import org.throughcare.followup.FigureView;
import org.throughcare.followup.FiguresView;
import org.throughcare.followup.FollowupFigures;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;

/**
 * The follow-up page: the cohort form, then each section's figures, each as a chart with its table beside it
 * and its definition, and links to the same figures as CSV, XLSX and JSON.
 */
@Controller
class FollowupPageController {

    static final List<String> SECTIONS = List.of("clients", "group", "consent", "needs", "plan", "custody", "meetings",
            "referrals", "outcomes");

    private final FollowupFigures followup;
    private final MessageSource messages;

    FollowupPageController(FollowupFigures followup, MessageSource messages) {
        this.followup = followup;
        this.messages = messages;
    }

    @GetMapping("/followup")
    String page(@RequestParam(required = false) String basis, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) List<String> office,
                @RequestParam(required = false) List<String> municipality, Actor actor,
                HttpServletResponse response, Model model) {
        Cohort defaults = followup.defaultCohort(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        FiguresView figures = null;
        Cohort cohort = defaults;
        try {
            cohort = CohortParameters.parse(basis, from, to, office, municipality, defaults);
            figures = followup.figures(actor, cohort, "follow-up page", locale);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("errors", errors);
        model.addAttribute("sections", SECTIONS);
        model.addAttribute("bases", CohortBasis.values());
        model.addAttribute("basis", basis == null ? cohort.basis().name() : basis);
        model.addAttribute("from", from == null ? cohort.from().toString() : from);
        model.addAttribute("to", to == null ? cohort.to().toString() : to);
        model.addAttribute("chosenOffices", office == null ? cohort.offices().stream().map(Object::toString).toList()
                : office);
        model.addAttribute("chosenMunicipalities", municipality == null ? List.of() : municipality);
        model.addAttribute("offices", followup.offices(actor));
        model.addAttribute("municipalities", followup.municipalities());
        model.addAttribute("analyst", actor.role() == org.throughcare.shared.Role.NATIONAL_ANALYST);
        if (figures != null) {
            Map<String, String> charts = new LinkedHashMap<>();
            for (FigureView figure : figures.figures()) {
                charts.put(figure.key(), SvgBars.render(figure));
            }
            model.addAttribute("charts", charts);
            model.addAttribute("exportQuery", query(figures.cohort()));
        }
        return "followup/figures";
    }

    /** The cohort as a query string, so the export links give the figures on the page. */
    static String query(Cohort cohort) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("basis", cohort.basis().name())
                .queryParam("from", cohort.from()).queryParam("to", cohort.to());
        cohort.offices().forEach(o -> uri.queryParam("office", o));
        cohort.municipalities().forEach(m -> uri.queryParam("municipality", m));
        return uri.build().encode().toUriString();
    }
}
