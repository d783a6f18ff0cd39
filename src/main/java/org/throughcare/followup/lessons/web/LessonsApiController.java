package org.throughcare.followup.lessons.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.followup.lessons.LessonFilter;
import org.throughcare.followup.lessons.LessonsManagement;
import org.throughcare.followup.lessons.LessonsView;
import org.throughcare.followup.lessons.WriteLesson;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;

@RestController
@Tag(name = "Lessons log", description = "An office's dated lessons, open questions and agreed responsibilities")
class LessonsApiController {

    private final LessonsManagement lessons;

    LessonsApiController(LessonsManagement lessons) {
        this.lessons = lessons;
    }

    /** The new entry's id. */
    record Written(UUID id) {
    }

    @GetMapping("/api/v1/followup/lessons/offices")
    @Operation(summary = "The offices whose lessons logs you may read")
    List<LessonsView.Office> offices(Actor actor) {
        return lessons.readableOffices(actor);
    }

    @GetMapping("/api/v1/followup/offices/{officeId}/lessons")
    @Operation(summary = "One page of an office's lessons log (q: words; tag; kind; sort: date, kind or title; "
            + "dir: asc or desc; page from 1)")
    LessonsView log(@PathVariable UUID officeId, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String tag, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                    Actor actor) {
        return lessons.log(officeId, LessonFilter.of(q, tag, kind, sort, dir),
                PageRequest.of(page == null ? 0 : page - 1, size), actor);
    }

    @PostMapping("/api/v1/followup/offices/{officeId}/lessons")
    @Operation(summary = "Add an entry to your office's log (append-only: a correction names the entry it corrects)")
    ResponseEntity<Written> write(@PathVariable UUID officeId, @Valid @RequestBody WriteLesson form, Actor actor) {
        UUID id = lessons.write(officeId, form, actor);
        return ResponseEntity.created(URI.create("/api/v1/followup/offices/" + officeId + "/lessons")).body(new Written(id));
    }
}
