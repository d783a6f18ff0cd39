package org.throughcare.group.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.directory.ContactManagement;
import org.throughcare.group.ConsentCoverageView;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.EndMembership;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.Role;

/** A client's reintegration group: members now and before, adding and ending memberships. */
@Controller
class GroupPageController {

    private final GroupManagement groups;
    private final ConsentManagement consents;
    private final ClientQueries clients;
    private final IdentityManagement identity;
    private final ContactManagement contacts;
    private final Clock clock;

    GroupPageController(GroupManagement groups, ConsentManagement consents, ClientQueries clients,
                        IdentityManagement identity, ContactManagement contacts, Clock clock) {
        this.groups = groups;
        this.consents = consents;
        this.clients = clients;
        this.identity = identity;
        this.contacts = contacts;
        this.clock = clock;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(GroupRole.class, new LenientEditor<>(GroupRole::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
    }

    @GetMapping("/clients/{id}/group")
    String group(@PathVariable ClientId id, Model model, Actor actor) {
        ClientView client = clients.client(id, actor);
        LocalDate today = LocalDate.now(clock);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm(null, null, today, null));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndMembership(today, null));
        }
        model.addAttribute("client", client);
        model.addAttribute("roster", groups.roster(id, actor));
        model.addAttribute("coverage", consents.coverage(id, actor).stream()
                .collect(java.util.stream.Collectors.toMap(ConsentCoverageView::organisationId, c -> c)));
        model.addAttribute("roles", GroupRole.values());
        model.addAttribute("users", identity.usersInRoles(EnumSet.of(Role.PARTNER_WORKER, Role.PRISON_STAFF)));
        model.addAttribute("contacts", contacts.allContacts());
        return "group/roster";
    }

    @PostMapping("/clients/{id}/group/members")
    String addMember(@PathVariable ClientId id, @Valid @ModelAttribute("memberForm") MemberForm form,
                     BindingResult errors,
                     Model model, RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> groups.addMember(id, form.toCommand(), actor)).isPresent()) {
            return saved(id, redirect);
        }
        return group(id, model, actor);
    }

    @PostMapping("/clients/{id}/group/members/{memberId}/end")
    String endMembership(@PathVariable ClientId id, @PathVariable UUID memberId,
                         @Valid @ModelAttribute("endForm") EndMembership form, BindingResult errors, Model model,
                         RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> groups.endMembership(id, memberId, form, actor))) {
            return saved(id, redirect);
        }
        model.addAttribute("endError", memberId);
        return group(id, model, actor);
    }

    private static String saved(ClientId id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clients/" + id + "/group";
    }
}
