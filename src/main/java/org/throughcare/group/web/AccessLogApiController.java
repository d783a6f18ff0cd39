package org.throughcare.group.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.group.AccessLog;
import org.throughcare.group.AccessLogEntryView;
import org.throughcare.group.AccessLogFilter;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/** The access log as JSON, with the page's filters; a filter value it does not know is a 400 naming the field. */
@RestController
@Tag(name = "Consent")
class AccessLogApiController {

    private final AccessLog log;

    AccessLogApiController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/clients/{id}/access-log")
    @Operation(summary = "Who accessed the client's data, allowed or refused, newest first; paged from 0")
    ResultPage<AccessLogEntryView> api(
            @PathVariable("id") ClientId client,
            @Parameter(description = "the id of a person in this log", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String who,
            @Parameter(description = "a data category code", schema = @Schema(implementation = DataCategory.class))
            @RequestParam(required = false) String category,
            @Parameter(description = "allowed or refused", schema = @Schema(allowableValues = {"allowed", "refused"}))
            @RequestParam(required = false) String outcome,
            @Parameter(description = "first day, YYYY-MM-DD", schema = @Schema(format = "date"))
            @RequestParam(required = false) String from,
            @Parameter(description = "last day, YYYY-MM-DD", schema = @Schema(format = "date"))
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Actor actor) {
        AccessLogFilter filter = who == null && category == null && outcome == null && from == null && to == null
                ? AccessLogFilter.NONE
                : AccessLogParameters.parse(who, category, outcome, from, to, log.people(client, actor));
        return log.of(client, filter, PageRequest.of(page, size), actor);
    }
}
