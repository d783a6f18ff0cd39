package org.throughcare.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.identity.CurrentUser;
import org.throughcare.notification.Inbox;
import org.throughcare.notification.InboxFilter;
import org.throughcare.notification.NoticeView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's own notices: list, mark read, acknowledge")
class NotificationApiController {

    private final Inbox inbox;
    private final CurrentUser currentUser;

    NotificationApiController(Inbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first; show is all (the default), unread or unacknowledged; "
            + "client narrows to one client's notices; paged from 0")
    @ApiResponse(responseCode = "200", description = "The page of notices")
    @ApiResponse(responseCode = "400", description = "An unknown filter or a client that is not an id",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResultPage<NoticeView> list(@RequestParam(required = false) String show,
                                @RequestParam(required = false) String client,
                                @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return inbox.page(InboxFilter.of(show, client), PageRequest.of(page, size), actor());
    }

    @PostMapping("/{noticeId}/read")
    @Operation(summary = "Mark one of the caller's notices read (another's is not found)")
    @ApiResponse(responseCode = "204", description = "Read")
    @ApiResponse(responseCode = "404", description = "No such notice of the caller's",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> markRead(@PathVariable UUID noticeId) {
        inbox.markRead(noticeId, actor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{noticeId}/acknowledgement")
    @Operation(summary = "Acknowledge one of the caller's notices that asks for it (a moved release date); "
            + "acknowledging reads it too")
    @ApiResponse(responseCode = "204", description = "Acknowledged (again: nothing changes)")
    @ApiResponse(responseCode = "400", description = "The notice asks for no acknowledgement",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such notice of the caller's",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> acknowledge(@PathVariable UUID noticeId) {
        inbox.acknowledge(noticeId, actor());
        return ResponseEntity.noContent().build();
    }

    private Actor actor() {
        return currentUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
