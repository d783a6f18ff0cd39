package org.throughcare.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.audit.AuditLog;
import org.throughcare.shared.PageRequest;

/** The administrator's view of the audit log and its integrity check. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", audit.newestFirst(PageRequest.of(page == null ? 0 : page - 1, 50)));
        return "admin/audit";
    }

    @PostMapping("/admin/audit/verification")
    String verify(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("verification", audit.verifyChain());
        return log(page, model);
    }
}
