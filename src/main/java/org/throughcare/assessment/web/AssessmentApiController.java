package org.throughcare.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.assessment.AssessmentComparisonView;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.assessment.AssessmentVersionView;
import org.throughcare.assessment.AssessmentView;
import org.throughcare.assessment.RecordAssessment;
import org.throughcare.identity.CurrentUser;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/clients/{id}/assessments")
@Tag(name = "Needs assessment", description = "The shared needs and resources assessment: versions and comparison")
class AssessmentApiController {

    private final AssessmentManagement assessments;
    private final CurrentUser currentUser;

    AssessmentApiController(AssessmentManagement assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Every version, newest first")
    List<AssessmentVersionView> versions(@PathVariable UUID id) {
        return assessments.versions(new ClientId(id), actor());
    }

    @PostMapping
    @Operation(summary = "Record a new version: every area once; basedOnVersion is the latest version you saw")
    ResponseEntity<AssessmentView> record(@PathVariable UUID id, @Valid @RequestBody RecordAssessment assessment) {
        int version = assessments.record(new ClientId(id), assessment, actor());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/assessments/" + version))
                .body(assessments.version(new ClientId(id), version, actor()).orElseThrow());
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest version; areas outside the consent that covers you are listed without content")
    AssessmentView latest(@PathVariable UUID id) {
        return assessments.version(new ClientId(id), null, actor())
                .orElseThrow(() -> new NotFoundException("assessment"));
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version")
    AssessmentView version(@PathVariable UUID id, @PathVariable int version) {
        return assessments.version(new ClientId(id), version, actor()).orElseThrow();
    }

    @GetMapping("/compare")
    @Operation(summary = "What changed between two versions, area by area")
    AssessmentComparisonView compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return assessments.compare(new ClientId(id), from, to, actor());
    }

    private Actor actor() {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
