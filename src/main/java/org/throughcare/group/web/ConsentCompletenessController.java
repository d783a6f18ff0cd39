package org.throughcare.group.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.throughcare.group.ConsentCompleteness;
import org.throughcare.shared.Actor;

/** The consent completeness figure for managers (their office) and the national analyst (every office). */
@Controller
class ConsentCompletenessController {

    private final ConsentCompleteness completeness;

    ConsentCompletenessController(ConsentCompleteness completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/consent-completeness")
    String page(Model model, Actor actor) {
        model.addAttribute("offices", completeness.byOffice(actor));
        return "group/consent-completeness";
    }

    @GetMapping("/api/v1/consent-completeness")
    @ResponseBody
    @Operation(summary = "Per office: enrolled clients, with a group, and with every group agency covered by consent")
    List<ConsentCompleteness.Office> api(Actor actor) {
        return completeness.byOffice(actor);
    }
}
