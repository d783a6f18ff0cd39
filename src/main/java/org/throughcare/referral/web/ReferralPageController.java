package org.throughcare.referral.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
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
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.group.MemberProposals;
import org.throughcare.referral.GoalOutcome;
import org.throughcare.referral.ReferralManagement;
import org.throughcare.referral.ReferralQueries;
import org.throughcare.referral.ReferralStatus;
import org.throughcare.referral.ReferralView;
import org.throughcare.referral.Urgency;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.NeedArea;
import org.throughcare.shared.PageRequest;

/** A client's referrals, referring (finding the service first), one referral with its history and its changes. */
@Controller
class ReferralPageController {

    /** What the breadcrumbs name: the client, by name only for readers of their basic facts. */
    record Crumb(UUID id, String fullName) {
    }

    private final ReferralQueries queries;
    private final ReferralManagement management;
    private final MemberProposals proposals;
    private final ClientQueries clients;
    private final ServiceManagement services;
    private final DirectoryManagement directory;

    ReferralPageController(ReferralQueries queries, ReferralManagement management, MemberProposals proposals,
                           ClientQueries clients, ServiceManagement services, DirectoryManagement directory) {
        this.queries = queries;
        this.management = management;
        this.proposals = proposals;
        this.clients = clients;
        this.services = services;
        this.directory = directory;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(NeedArea.class, new LenientEditor<>(NeedArea::valueOf));
        binder.registerCustomEditor(Urgency.class, new LenientEditor<>(Urgency::valueOf));
        binder.registerCustomEditor(ReferralStatus.class, new LenientEditor<>(ReferralStatus::valueOf));
        binder.registerCustomEditor(GoalOutcome.class, new LenientEditor<>(GoalOutcome::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
    }

    @GetMapping("/clients/{id}/referrals")
    String referrals(@PathVariable("id") ClientId client, Model model, Actor actor) {
        model.addAttribute("referrals", queries.ofClient(client, actor));
        model.addAttribute("client", clients.client(client, actor));
        return "referral/referrals";
    }

    /**
     * The form, with the services found by the filters (need area, municipality — the client's unless changed —,
     * accredited, a free place): active services only, since no other takes referrals.
     */
    @GetMapping("/clients/{id}/referrals/new")
    String referForm(@PathVariable("id") ClientId client, @RequestParam(required = false) String area,
                     @RequestParam(required = false) String municipality,
                     @RequestParam(required = false) Boolean accredited,
                     @RequestParam(required = false) Boolean capacity,
                     @RequestParam(required = false) String measureId, Model model, Actor actor) {
        ClientView details = clients.client(client, actor);
        // The form is offered where the client's referrals offer it; anyone else would fill it in only to be refused.
        if (!queries.mayRefer(client, details.mayChange(), actor)) {
            throw new AccessRefusedException(Ground.NOT_IN_GROUP, "error.changeRefused.referralArea");
        }
        NeedArea need = parse(area, NeedArea::valueOf);
        String place = municipality == null ? details.municipalityCode() : municipality.isBlank() ? null : municipality;
        if (!model.containsAttribute("referralForm")) {
            model.addAttribute("referralForm", new ReferralForm(null, need, null, Urgency.ROUTINE, null, null,
                    parse(measureId, UUID::fromString), null));
        }
        model.addAttribute("found", services.search(new ServiceSearch(null, need, place, Boolean.TRUE.equals(accredited)
                ? Boolean.TRUE : null, Boolean.TRUE.equals(capacity), null, ServiceStatus.ACTIVE, null, false),
                PageRequest.of(0, PageRequest.MAX_SIZE)));
        model.addAttribute("filter", new Filter(need, place, Boolean.TRUE.equals(accredited),
                Boolean.TRUE.equals(capacity)));
        model.addAttribute("areas", NeedArea.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("municipalities", directory.municipalities());
        model.addAttribute("client", details);
        return "referral/form";
    }

    record Filter(NeedArea area, String municipality, boolean accredited, boolean capacity) {
    }

    @PostMapping("/clients/{id}/referrals")
    String refer(@PathVariable ClientId id, @Valid @ModelAttribute("referralForm") ReferralForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        return FormSubmission.save(errors, () -> management.send(id, form.toCommand(), actor))
                .map(referral -> saved(redirect, id, referral))
                .orElseGet(() -> referForm(id, form.needArea() == null ? null : form.needArea().name(), null, null,
                        null, form.measureId() == null ? null : form.measureId().toString(), model, actor));
    }

    @GetMapping("/clients/{id}/referrals/{referralId}")
    String referral(@PathVariable("id") ClientId client, @PathVariable UUID referralId, Model model, Actor actor) {
        ReferralView referral = queries.referral(client, referralId, actor);
        model.addAttribute("referral", referral);
        model.addAttribute("client", new Crumb(client.value(), referral.clientName()));
        if (!referral.next().isEmpty() && !model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new MoveForm(null, null, null, List.of(), null, referral.version()));
        }
        model.addAttribute("outcomes", GoalOutcome.values());
        return "referral/referral";
    }

    @PostMapping("/clients/{id}/referrals/{referralId}/transitions")
    String move(@PathVariable ClientId id, @PathVariable UUID referralId, @Valid @ModelAttribute("moveForm") MoveForm form,
                BindingResult errors, Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.move(id, referralId, form.toCommand(), actor))) {
            if (!queries.mayRead(id, referralId, actor)) {
                // Declined: no longer theirs to read. Told where they can go on.
                redirect.addFlashAttribute("saved", true);
                return "redirect:/";
            }
            return saved(redirect, id, referralId);
        }
        return referral(id, referralId, model, actor);
    }

    @PostMapping("/clients/{id}/referrals/{referralId}/proposed-members/{proposalId}/{decision:confirm|decline}")
    String decide(@PathVariable ClientId id, @PathVariable UUID referralId, @PathVariable UUID proposalId,
                  @PathVariable String decision, RedirectAttributes redirect, Actor actor) {
        if (decision.equals("confirm")) {
            proposals.confirm(id, proposalId, actor);
        } else {
            proposals.decline(id, proposalId, actor);
        }
        return saved(redirect, id, referralId);
    }

    private static String saved(RedirectAttributes redirect, ClientId client, UUID referral) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clients/" + client + "/referrals/" + referral;
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
