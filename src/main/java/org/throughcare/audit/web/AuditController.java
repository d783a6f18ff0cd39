package org.throughcare.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.shared.PageRequest;

/** The administrator's view of the audit log and its integrity check. */
@Controller
class AuditController {

    private final AuditReview review;

    AuditController(AuditReview review) {
        this.review = review;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", review.lines(PageRequest.of(page == null ? 0 : page - 1, 50)));
        return "admin/audit";
    }

    @PostMapping("/admin/audit/verification")
    String verify(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("verification", review.verify());
        return log(page, model);
    }
}
