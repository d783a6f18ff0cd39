package org.throughcare.directory.web;

import java.util.UUID;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.ServiceStatus;
import org.throughcare.shared.LenientEditor;
import org.throughcare.shared.NeedArea;

/** Choices in the administrator's forms that are not among the options count as not chosen. */
@ControllerAdvice(assignableTypes = {OrganisationAdminController.class, ContactAdminController.class,
        ServicePageController.class})
class FormBinding {

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(AgencyType.class, new LenientEditor<>(AgencyType::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
        binder.registerCustomEditor(NeedArea.class, new LenientEditor<>(NeedArea::valueOf));
        binder.registerCustomEditor(ServiceStatus.class, new LenientEditor<>(ServiceStatus::valueOf));
    }
}
