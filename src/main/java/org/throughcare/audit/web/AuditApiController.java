package org.throughcare.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.ChainVerification;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The audit log and its hash-chain check (administrators)")
class AuditApiController {

    private final AuditReview review;

    AuditApiController(AuditReview review) {
        this.review = review;
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries, newest first, without the details of entries about a client; paged from 0")
    ResultPage<AuditEntry> entries(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return review.entries(PageRequest.of(page, size));
    }

    @GetMapping("/verification")
    @Operation(summary = "Re-compute the hash chain; names the first broken entry if a row was altered")
    ChainVerification verify() {
        return review.verify();
    }
}
