package org.throughcare.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.group.ConsentCoverageView;
import org.throughcare.group.ConsentManagement;
import org.throughcare.plan.PlanQueries;
import org.throughcare.plan.PlanView;
import org.throughcare.plan.ReleaseDayView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.DocumentLocale;

/**
 * The plan on paper, in plain words and in the client's language (Swedish, English or Norwegian); the page's
 * own controls stay in the reader's language. Printed for the client it holds all the printer may see; printed
 * for an organisation in the group it leaves out every area and arrangement that organisation's consent does
 * not cover, and names an owner from psychiatry or addiction care only if that consent covers health data.
 */
@Controller
class PrintController {

    private final PlanQueries plans;
    private final ClientQueries clients;
    private final ConsentManagement consents;
    private final MessageSource messages;

    PrintController(PlanQueries plans, ClientQueries clients, ConsentManagement consents, MessageSource messages) {
        this.plans = plans;
        this.clients = clients;
        this.consents = consents;
        this.messages = messages;
    }

    @GetMapping("/clients/{id}/plan/print")
    String print(@PathVariable("id") ClientId client, @RequestParam(required = false) String language,
                 @RequestParam(required = false) UUID audience, HttpServletRequest request, Model model,
                 Actor actor) {
        ClientView details = clients.client(client, actor);
        PlanView plan = plans.plan(client, actor);
        // An organisation's print names the client: only for those whose consent covers basic facts.
        List<ConsentCoverageView> coverage = consents.coverage(client, actor).stream()
                .filter(c -> c.categories().contains(DataCategory.BASIC_AND_CUSTODY)).toList();
        ConsentCoverageView reader = null;
        if (audience != null) {
            reader = coverage.stream().filter(c -> c.organisationId().equals(audience)).findFirst()
                    .orElseThrow(() -> new org.throughcare.shared.NotFoundException("organisation in the group"));
            plan = plans.forOrganisation(client, forAudience(plan, reader.categories()), audience,
                    reader.categories().contains(DataCategory.HEALTH_AND_SUBSTANCE_USE));
        }
        Locale locale = DocumentLocale.chosen(language, DocumentLocale.ofClient(details.preferredLanguage()));
        model.addAttribute("ui", DocumentLocale.use(request, locale, messages));
        model.addAttribute("languages", DocumentLocale.LANGUAGES);
        model.addAttribute("client", details);
        model.addAttribute("plan", plan);
        model.addAttribute("audience", reader);
        model.addAttribute("audiences", coverage);
        model.addAttribute("language", locale.getLanguage());
        return "plan/print";
    }

    /** What an organisation's consent covers: the plan, and each area's own category where it has one. */
    static PlanView forAudience(PlanView plan, Set<DataCategory> covered) {
        List<PlanView.Area> areas = plan.areas().stream().map(a -> {
            boolean visible = a.visible() && covered.containsAll(a.area().planCategories());
            return new PlanView.Area(a.area(), visible, covered.contains(a.area().category()) ? a.rating() : null,
                    visible ? a.goals() : List.of(), visible ? a.measures() : List.of());
        }).toList();
        List<ReleaseDayView> releaseDay = plan.releaseDay().stream().map(r -> r.visible()
                && covered.containsAll(r.item().categories()) ? r
                : new ReleaseDayView(r.item(), false, null, null, null, null, null, null, null)).toList();
        return new PlanView(plan.clientId(), areas, List.of(), releaseDay, plan.daysToRelease(), plan.releaseDayDue(),
                false);
    }
}
