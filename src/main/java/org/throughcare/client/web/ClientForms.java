package org.throughcare.client.web;

import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.throughcare.client.Criterion;
import org.throughcare.client.Eligibility;
import org.throughcare.client.Gender;
import org.throughcare.client.OffenceCategory;
import org.throughcare.client.RiskLevel;
import org.throughcare.client.Stage;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.Actor;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.Role;

/** What the client pages share: the choices their forms offer and lenient binding of those choices. */
@ControllerAdvice(assignableTypes = {ClientPageController.class, CasePageController.class,
        HandoverPageController.class})
class ClientForms {

    private final DirectoryManagement directory;
    private final IdentityManagement identity;

    ClientForms(DirectoryManagement directory, IdentityManagement identity) {
        this.directory = directory;
        this.identity = identity;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
        binder.registerCustomEditor(Gender.class, new LenientEditor<>(Gender::valueOf));
        binder.registerCustomEditor(Stage.class, new LenientEditor<>(Stage::valueOf));
        binder.registerCustomEditor(OffenceCategory.class, new LenientEditor<>(OffenceCategory::valueOf));
        binder.registerCustomEditor(RiskLevel.class, new LenientEditor<>(RiskLevel::valueOf));
        binder.registerCustomEditor(Criterion.Status.class, new LenientEditor<>(Criterion.Status::valueOf));
        binder.registerCustomEditor(Eligibility.class, new LenientEditor<>(Eligibility::valueOf));
    }

    void addRegistrationChoices(Model model, Actor actor) {
        model.addAttribute("municipalities", directory.municipalities());
        model.addAttribute("offices", directory.unitsOfType(AgencyType.PROBATION).stream()
                .filter(u -> actor.unitId() != null && u.id().equals(actor.unitId().value())).toList());
        model.addAttribute("coordinators", actor.unitId() == null ? java.util.List.of()
                : java.util.stream.Stream.concat(identity.usersAt(actor.unitId(), Role.COORDINATOR).stream(),
                        identity.usersAt(actor.unitId(), Role.MANAGER).stream()).toList());
    }

    void addCustodyChoices(Model model) {
        model.addAttribute("prisons", directory.organisationsOfType(AgencyType.PRISON));
        model.addAttribute("offences", OffenceCategory.values());
        model.addAttribute("riskLevels", RiskLevel.values());
    }
}
