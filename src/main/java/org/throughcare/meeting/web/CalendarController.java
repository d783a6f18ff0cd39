package org.throughcare.meeting.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.meeting.CalendarFeedManagement;
import org.throughcare.meeting.MeetingQueries;
import org.throughcare.meeting.MeetingView;
import org.throughcare.shared.Actor;

/**
 * Each user's calendar subscription (the page to make, replace or stop its address, and the feed itself, fetched by
 * calendar programs without signing in: the token in the address is the credential), and the address a calendar
 * entry links to, which names no client and leads, through the gate, to the meeting's page.
 */
@Controller
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeedManagement feeds;
    private final MeetingQueries queries;

    CalendarController(CalendarFeedManagement feeds, MeetingQueries queries) {
        this.feeds = feeds;
        this.queries = queries;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token).map(body -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/meetings/calendar")
    String settings(Model model, Actor actor) {
        if (!model.containsAttribute("feed")) {
            model.addAttribute("feed", feeds.feedOf(actor));
        }
        return "meeting/calendar";
    }

    /**
     * Shows the new address in the answer itself, not after a redirect: a flash attribute would keep the secret in
     * the session table until the next page.
     */
    @PostMapping("/meetings/calendar/token")
    String newToken(Model model, Locale locale, Actor actor) {
        model.addAttribute("feed", feeds.newToken(actor, locale));
        return "meeting/calendar";
    }

    @PostMapping("/meetings/calendar/revoke")
    String revoke(RedirectAttributes redirect, Actor actor) {
        feeds.revoke(actor);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/meetings/calendar";
    }

    @GetMapping("/meetings/{meetingId:[0-9a-fA-F-]{36}}")
    String meeting(@PathVariable UUID meetingId, Actor actor) {
        MeetingView meeting = queries.meeting(meetingId, actor);
        return "redirect:/clients/" + meeting.clientId() + "/meetings/" + meetingId;
    }
}
