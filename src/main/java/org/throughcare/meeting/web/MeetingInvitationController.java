package org.throughcare.meeting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.ClientView;
import org.throughcare.meeting.MeetingQueries;
import org.throughcare.meeting.MeetingView;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.Actor;
import org.throughcare.shared.DocumentLocale;

/**
 * The client's invitation on paper, in plain words and in their language (Swedish, English or Norwegian): when, where,
 * who will come and what to bring. Read through the gate like the meeting page it is made from, so it shows only what
 * the printer may see; the page's own controls stay in the printer's language.
 */
@Controller
class MeetingInvitationController {

    private final MeetingQueries queries;
    private final ClientQueries clients;
    private final MessageSource messages;

    MeetingInvitationController(MeetingQueries queries, ClientQueries clients, MessageSource messages) {
        this.queries = queries;
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping("/clients/{id}/meetings/{meetingId}/invitation")
    String invitation(@PathVariable("id") ClientId client, @PathVariable UUID meetingId,
                      @RequestParam(required = false) String language, HttpServletRequest request, Model model,
                      Actor actor) {
        MeetingView meeting = queries.meeting(client, meetingId, actor);
        ClientView details = clients.client(client, actor);
        Locale locale = DocumentLocale.chosen(language, DocumentLocale.ofClient(details.preferredLanguage()));
        model.addAttribute("ui", DocumentLocale.use(request, locale, messages));
        model.addAttribute("languages", DocumentLocale.LANGUAGES);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("client", details);
        model.addAttribute("meeting", meeting);
        model.addAttribute("day", meeting.startsOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)));
        return "meeting/invitation";
    }
}
