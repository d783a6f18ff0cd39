package org.throughcare.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
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
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.NotFoundException;

@RestController
@RequestMapping("/api/v1/clients/{id}/assessments")
@Tag(name = "Needs assessment", description = "The shared needs and resources assessment: versions and comparison")
class AssessmentApiController {

    private final AssessmentManagement assessments;

    AssessmentApiController(AssessmentManagement assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @Operation(summary = "Every version, newest first")
    List<AssessmentVersionView> versions(@PathVariable ClientId id, Actor actor) {
        return assessments.versions(id, actor);
    }

    @PostMapping
    @Operation(summary = "Record a new version: every area once; basedOnVersion is the latest version you saw")
    ResponseEntity<AssessmentView> record(@PathVariable ClientId id, @Valid @RequestBody RecordAssessment assessment,
                                          Actor actor) {
        int version = assessments.record(id, assessment, actor);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/assessments/" + version))
                .body(assessments.version(id, version, actor).orElseThrow());
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest version; areas outside the consent that covers you are listed without content")
    AssessmentView latest(@PathVariable ClientId id, Actor actor) {
        return assessments.version(id, null, actor)
                .orElseThrow(() -> new NotFoundException("assessment"));
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version")
    AssessmentView version(@PathVariable ClientId id, @PathVariable int version, Actor actor) {
        return assessments.version(id, version, actor).orElseThrow();
    }

    @GetMapping("/compare")
    @Operation(summary = "What changed between two versions, area by area")
    AssessmentComparisonView compare(@PathVariable ClientId id, @RequestParam int from, @RequestParam int to,
                                     Actor actor) {
        return assessments.compare(id, from, to, actor);
    }
}
