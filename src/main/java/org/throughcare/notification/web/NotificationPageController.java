package org.throughcare.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.notification.Inbox;
import org.throughcare.notification.InboxFilter;
import org.throughcare.notification.NoticeFollowUp;
import org.throughcare.notification.NoticeView;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * The inbox page (filters refused at their field with a 400, never an error page), marking read and
 * acknowledging; and for those who manage a case, an event's outcome per member and the client's notices.
 */
@Controller
class NotificationPageController {

    private final Inbox inbox;
    private final NoticeFollowUp followUp;
    private final MessageSource messages;

    NotificationPageController(Inbox inbox, NoticeFollowUp followUp, MessageSource messages) {
        this.inbox = inbox;
        this.followUp = followUp;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) String show, @RequestParam(required = false) String client,
                 @RequestParam(required = false) Integer page, Actor actor, HttpServletResponse response,
                 Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        InboxFilter filter = InboxFilter.EVERYTHING;
        try {
            filter = InboxFilter.of(show, client);
        } catch (InvalidInputException e) {
            Locale locale = LocaleContextHolder.getLocale();
            e.problems().forEach(p -> errors.put(p.field(), messages.getMessage(p.messageKey(), p.arguments(), locale)));
        }
        ResultPage<NoticeView> results;
        if (errors.isEmpty()) {
            results = inbox.page(filter, PageRequest.of(page == null ? 0 : page - 1, null), actor);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            results = new ResultPage<>(List.of(), 0, PageRequest.DEFAULT_SIZE, 0);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("showValue", errors.containsKey("show") ? show : filter.show().name().toLowerCase(Locale.ROOT));
        model.addAttribute("filterErrors", errors);
        model.addAttribute("results", results);
        model.addAttribute("pageBase", "/notifications?show=" + filter.show().name().toLowerCase(Locale.ROOT)
                + (filter.clientId() == null ? "" : "&client=" + filter.clientId()) + "&");
        return "notification/inbox";
    }

    /** One notice, where an e-mail about it links to; another's is not found. */
    @GetMapping("/notifications/{noticeId:[0-9a-fA-F-]{36}}")
    String one(@PathVariable UUID noticeId, Actor actor, Model model) {
        return unfiltered(model, new ResultPage<>(List.of(inbox.one(noticeId, actor)), 0, 1, 1));
    }

    /** The inbox page with these notices and no filter set. */
    private static String unfiltered(Model model, ResultPage<NoticeView> results) {
        model.addAttribute("filter", InboxFilter.EVERYTHING);
        model.addAttribute("showValue", "all");
        model.addAttribute("filterErrors", Map.of());
        model.addAttribute("results", results);
        model.addAttribute("pageBase", "/notifications?");
        return "notification/inbox";
    }

    @PostMapping("/notifications/{noticeId}/read")
    String markRead(@PathVariable UUID noticeId, Actor actor) {
        inbox.markRead(noticeId, actor);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/{noticeId}/acknowledgement")
    String acknowledge(@PathVariable UUID noticeId, Actor actor, HttpServletResponse response, Model model) {
        try {
            inbox.acknowledge(noticeId, actor);
        } catch (InvalidInputException e) {
            // Only a notice that asks for an acknowledgement offers the button: say so rather than fail.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", "validation.notice.noAcknowledgement");
            return unfiltered(model, inbox.page(InboxFilter.EVERYTHING, PageRequest.of(0, null), actor));
        }
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/events/{eventId}")
    String event(@PathVariable UUID eventId, Actor actor, Model model) {
        model.addAttribute("event", followUp.status(eventId, actor));
        return "notification/event";
    }

    @PostMapping("/notifications/events/{eventId}/told")
    String told(@PathVariable UUID eventId, Actor actor) {
        followUp.told(eventId, actor);
        return "redirect:/notifications/events/" + eventId;
    }

    @GetMapping("/clients/{clientId}/notices")
    String clientNotices(@PathVariable UUID clientId, Actor actor, Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("events", followUp.ofClient(new ClientId(clientId), actor));
        return "notification/client-notices";
    }
}
