package org.throughcare.meeting.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import java.time.Clock;
import java.time.LocalDate;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.InviteeView;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.MeetingRules;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.meeting.MeetingHolding;
import org.throughcare.meeting.MeetingOutcomes;
import org.throughcare.meeting.MeetingQueries;
import org.throughcare.meeting.MeetingView;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.FormSubmission;

/** Recording what happened at a meeting, and correcting it; each user's past meetings and the coordinator's list. */
@Controller
class MeetingHoldingPageController {

    private final MeetingQueries queries;
    private final MeetingOutcomes outcomes;
    private final MeetingHolding holding;
    private final ClientQueries clients;
    private final MeetingManagement management;
    private final Clock clock;

    MeetingHoldingPageController(MeetingQueries queries, MeetingOutcomes outcomes, MeetingHolding holding,
                                 ClientQueries clients, MeetingManagement management, Clock clock) {
        this.management = management;
        this.clock = clock;
        this.queries = queries;
        this.outcomes = outcomes;
        this.holding = holding;
        this.clients = clients;
    }

    @GetMapping("/clients/{id}/meetings/{meetingId}/record")
    String recordForm(@PathVariable("id") ClientId client, @PathVariable UUID meetingId, Model model, Actor actor) {
        MeetingView meeting = queries.meeting(client, meetingId, actor);
        if (!meeting.mayChange()) {
            throw AccessRefusedException.forChange(Ground.NO_CLIENT_DATA_FOR_ROLE);
        }
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", RecordForm.of(keys(meeting), outcomes.outcome(client, meetingId, actor),
                    meeting.version()));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("people", meeting.invitees().stream()
                .filter(i -> i.userId() != null || i.contactId() != null).toList());
        model.addAttribute("answers", RecordForm.answers());
        model.addAttribute("client", clients.client(client, actor));
        return "meeting/record";
    }

    @PostMapping("/clients/{id}/meetings/{meetingId}/record")
    String record(@PathVariable ClientId id, @PathVariable UUID meetingId,
                  @Valid @ModelAttribute("recordForm") RecordForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Actor actor) {
        holding.requireRecording(id, actor);
        if (FormSubmission.save(errors, () -> holding.hold(id, meetingId, form.toCommand(), actor))) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/clients/" + id + "/meetings/" + meetingId;
        }
        return recordForm(id, meetingId, model, actor);
    }

    /**
     * The booking form for the meeting after this one: the same place and people, on the next proposed day of the
     * schedule that is not booked yet (else four weeks from today).
     */
    @GetMapping("/clients/{id}/meetings/{meetingId}/next")
    String nextForm(@PathVariable("id") ClientId client, @PathVariable UUID meetingId, Model model, Actor actor) {
        MeetingView held = queries.meeting(client, meetingId, actor);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = queries.schedule(client, actor).slots().stream()
                .filter(s -> !s.booked() && !s.day().isBefore(today)).map(MeetingRules.Slot::day).findFirst()
                .orElse(today.plusWeeks(4));
        model.addAttribute("meetingForm", new BookMeeting(on, held.startsAt(), held.durationMinutes(), held.placeKind(),
                held.placeId(), held.room(), held.videoLink(), null, held.clientInvited(),
                keys(held).stream().filter(k -> held.invitees().stream().noneMatch(i -> i.outsideGroup()
                        && k.equals(InviteeView.key(i.userId(), i.contactId())))).toList(),
                held.invitees().stream().filter(InviteeView::outsideGroup).map(InviteeView::contactId)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null), null));
        model.addAttribute("choices", management.choices(client, actor));
        model.addAttribute("placeKinds", PlaceKind.values());
        model.addAttribute("client", clients.client(client, actor));
        return "meeting/form";
    }

    /** The people on the meeting as the form names them: invitees the reader sees named, in the meeting's order. */
    private static List<String> keys(MeetingView meeting) {
        return meeting.invitees().stream().filter(i -> i.userId() != null || i.contactId() != null)
                .map(i -> InviteeView.key(i.userId(), i.contactId())).toList();
    }
}
