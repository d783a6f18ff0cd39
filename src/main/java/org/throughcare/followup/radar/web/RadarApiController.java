package org.throughcare.followup.radar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.throughcare.followup.radar.RadarManagement;
import org.throughcare.followup.radar.RadarQuery;
import org.throughcare.followup.radar.RadarView;
import org.throughcare.shared.Actor;

@RestController
@Tag(name = "Follow-up", description = "The backslide-zone radar of an office")
class RadarApiController {

    private final RadarManagement radar;

    RadarApiController(RadarManagement radar) {
        this.radar = radar;
    }

    @GetMapping("/api/v1/followup/radar")
    @Operation(summary = "The manager's office's open gaps (kind: one kind only; sort: age or kind; dir: asc or desc; "
            + "page from 1), the count of each kind open now, and the daily counts of the last eight weeks")
    RadarView radar(@RequestParam(required = false) String kind, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, Actor actor) {
        RadarQuery query = RadarQuery.of(kind, sort, dir, page, size);
        return radar.radar(actor, query.kind(), query.sort(), query.descending(), query.page());
    }
}
