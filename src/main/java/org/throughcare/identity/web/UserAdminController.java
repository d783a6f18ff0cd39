package org.throughcare.identity.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.UnitView;
import org.throughcare.identity.AccountAdministration;
import org.throughcare.identity.NewAccountView;
import org.throughcare.identity.SaveUser;
import org.throughcare.identity.SetupLink;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.Role;

/** The administrator's pages for accounts ({@code /admin/**} is for administrators). */
@Controller
class UserAdminController {

    /** An organisation or unit to choose in the form: its id and the name shown. */
    record Place(UUID id, String name) {
    }

    private final AccountAdministration accounts;
    private final DirectoryManagement directory;

    UserAdminController(AccountAdministration accounts, DirectoryManagement directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @InitBinder("form")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(Role.class, new LenientEditor<>(Role::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
        binder.registerCustomEditor(Long.class, new LenientEditor<>(Long::valueOf));
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String dir, @RequestParam(required = false) String page, Model model) {
        String sortKey = org.throughcare.identity.internal.UserQueries.sortKey(sort);
        boolean descending = "desc".equals(dir);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sortKey);
        model.addAttribute("descending", descending);
        model.addAttribute("results", accounts.search(q, sortKey, descending, PageRequest.of(pageIndex(page), null)));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        return form(model, SaveUser.empty(), null);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") SaveUser form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<NewAccountView> created = FormSubmission.save(errors, () -> accounts.create(form));
        if (created.isEmpty()) {
            return form(model, form, null);
        }
        redirect.addFlashAttribute("setupLink", created.get().setupLink());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + created.get().id() + "/edit";
    }

    @GetMapping("/admin/users/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        return form(model, accounts.user(id).toForm(), id);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SaveUser form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!FormSubmission.save(errors, () -> accounts.update(id, form))) {
            return form(model, form, id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.deactivate(id), "user.deactivated");
    }

    @PostMapping("/admin/users/{id}/reactivate")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.reactivate(id), "user.reactivated");
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.unlock(id), "user.unlocked");
    }

    @PostMapping("/admin/users/{id}/setup-link")
    String setupLink(@PathVariable UUID id, RedirectAttributes redirect) {
        SetupLink link = accounts.newSetupLink(id);
        redirect.addFlashAttribute("setupLink", link);
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", e.problems().get(0).messageKey());
        }
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String form(Model model, SaveUser form, UUID id) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("userId", id);
        if (id != null) {
            model.addAttribute("user", accounts.user(id));
        }
        model.addAttribute("roles", Role.values());
        List<UnitView> units = Stream.of(AgencyType.values()).flatMap(type -> directory.unitsOfType(type).stream()).toList();
        var names = directory.names(units.stream().map(UnitView::organisationId).distinct().toList());
        model.addAttribute("organisations", Stream.of(AgencyType.values())
                .flatMap(type -> directory.organisationsOfType(type).stream())
                .map(o -> new Place(o.id(), o.name())).sorted(Comparator.comparing(Place::name)).toList());
        model.addAttribute("units", units.stream()
                .map(u -> new Place(u.id(), names.getOrDefault(u.organisationId(), "") + " – " + u.name()))
                .sorted(Comparator.comparing(Place::name)).toList());
        return "admin/user-form";
    }

    private static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
