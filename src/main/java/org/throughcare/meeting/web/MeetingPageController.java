package org.throughcare.meeting.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.client.ClientQueries;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.CancelMeeting;
import org.throughcare.meeting.InviteeView;
import org.throughcare.meeting.MeetingHolding;
import org.throughcare.meeting.MeetingLists;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.MeetingQueries;
import org.throughcare.meeting.MeetingView;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.FormSubmission;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.Role;
import org.throughcare.shared.LenientEditor;

/** A client's meetings, one meeting, booking, moving and cancelling; each user's "my meetings". */
@Controller
class MeetingPageController {

    private final MeetingQueries queries;
    private final MeetingManagement management;
    private final ClientQueries clients;
    private final Clock clock;
    private final MeetingOutcomePage outcomePage;
    private final MeetingHolding holding;
    private final PlanManagement plan;
    private final MeetingLists lists;

    MeetingPageController(MeetingQueries queries, MeetingManagement management, ClientQueries clients, Clock clock,
                          MeetingOutcomePage outcomePage, MeetingHolding holding, PlanManagement plan,
                          MeetingLists lists) {
        this.lists = lists;
        this.queries = queries;
        this.management = management;
        this.clients = clients;
        this.clock = clock;
        this.outcomePage = outcomePage;
        this.holding = holding;
        this.plan = plan;
    }

    @InitBinder
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(PlaceKind.class, new LenientEditor<>(PlaceKind::valueOf));
        binder.registerCustomEditor(UUID.class, new LenientEditor<>(UUID::fromString));
    }

    @GetMapping("/clients/{id}/meetings")
    String meetings(@PathVariable("id") ClientId client, Model model, Actor actor) {
        model.addAttribute("meetings", queries.meetings(client, actor));
        model.addAttribute("schedule", queries.schedule(client, actor));
        outcomePage.addFigures(model, client, actor);
        model.addAttribute("client", clients.client(client, actor));
        return "meeting/meetings";
    }

    @GetMapping("/clients/{id}/meetings/new")
    String bookForm(@PathVariable("id") ClientId client, Model model, Actor actor) {
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new BookMeeting(LocalDate.now(clock).plusWeeks(1), LocalTime.of(10, 0), 60,
                    PlaceKind.INSTITUTION, null, null, null, null, true, List.of(), null, null));
        }
        model.addAttribute("choices", management.choices(client, actor));
        model.addAttribute("placeKinds", PlaceKind.values());
        model.addAttribute("client", clients.client(client, actor));
        return "meeting/form";
    }

    @PostMapping("/clients/{id}/meetings")
    String book(@PathVariable ClientId id, @Valid @ModelAttribute("meetingForm") BookMeeting form, BindingResult errors,
                Model model, RedirectAttributes redirect, Actor actor) {
        return FormSubmission.save(errors, () -> management.book(id, form, actor))
                .map(meeting -> afterwards(form) ? "redirect:/clients/" + id + "/meetings/" + meeting + "/record"
                        : saved(redirect, id, meeting))
                .orElseGet(() -> bookForm(id, model, actor));
    }

    @GetMapping("/clients/{id}/meetings/{meetingId}")
    String meeting(@PathVariable("id") ClientId client, @PathVariable UUID meetingId, Model model, Actor actor) {
        MeetingView meeting = queries.meeting(client, meetingId, actor);
        model.addAttribute("meeting", meeting);
        model.addAttribute("client", clients.client(client, actor));
        if (meeting.mayChange() && meeting.status().open()) {
            if (!model.containsAttribute("cancelForm")) {
                model.addAttribute("cancelForm", new CancelMeeting(null, meeting.version()));
            }
        }
        outcomePage.addTo(model, client, meetingId, actor);
        return "meeting/meeting";
    }

    /** A decision of the held meeting; one that creates a measure gives it to the chosen person's organisation. */
    @PostMapping("/clients/{id}/meetings/{meetingId}/decisions")
    String decide(@PathVariable ClientId id, @PathVariable UUID meetingId,
                  @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Actor actor) {
        holding.requireRecording(id, actor);
        boolean saved = FormSubmission.save(errors, () -> {
            try {
                holding.decide(id, meetingId, form.toCommand(plan.people(id, actor)), actor);
            } catch (InvalidInputException e) {
                throw e.renamed(DecisionForm.FIELDS);
            }
        });
        return saved ? saved(redirect, id, meetingId) : meeting(id, meetingId, model, actor);
    }

    @GetMapping("/clients/{id}/meetings/{meetingId}/edit")
    String rescheduleForm(@PathVariable("id") ClientId client, @PathVariable UUID meetingId, Model model, Actor actor) {
        if (!model.containsAttribute("meetingForm")) {
            MeetingView m = queries.meeting(client, meetingId, actor);
            model.addAttribute("meetingForm", new BookMeeting(m.startsOn(), m.startsAt(), m.durationMinutes(),
                    m.placeKind(), m.placeId(), m.room(), m.videoLink(), m.agenda(), m.clientInvited(),
                    m.invitees().stream().filter(i -> !i.outsideGroup() && (i.userId() != null || i.contactId() != null))
                            .map(i -> InviteeView.key(i.userId(), i.contactId())).toList(),
                    m.invitees().stream().filter(i -> i.outsideGroup()).map(i -> i.contactId()).findFirst()
                            .orElse(null), m.version()));
        }
        model.addAttribute("meetingId", meetingId);
        return bookForm(client, model, actor);
    }

    @PostMapping("/clients/{id}/meetings/{meetingId}")
    String reschedule(@PathVariable ClientId id, @PathVariable UUID meetingId,
                      @Valid @ModelAttribute("meetingForm") BookMeeting form, BindingResult errors, Model model,
                      RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.reschedule(id, meetingId, form, actor))) {
            return saved(redirect, id, meetingId);
        }
        return rescheduleForm(id, meetingId, model, actor);
    }

    @PostMapping("/clients/{id}/meetings/{meetingId}/cancel")
    String cancel(@PathVariable ClientId id, @PathVariable UUID meetingId,
                  @Valid @ModelAttribute("cancelForm") CancelMeeting form, BindingResult errors, Model model,
                  RedirectAttributes redirect, Actor actor) {
        if (FormSubmission.save(errors, () -> management.cancel(id, meetingId, form, actor))) {
            return saved(redirect, id, meetingId);
        }
        return meeting(id, meetingId, model, actor);
    }

    @GetMapping("/meetings")
    String mine(@RequestParam(name = "page", defaultValue = "0") int page, Model model, Actor actor) {
        model.addAttribute("meetings", queries.mine(actor));
        model.addAttribute("past", lists.past(actor, page));
        if (actor.role() == Role.COORDINATOR) {
            model.addAttribute("coordinated", lists.coordinated(actor));
        }
        return "meeting/mine";
    }

    /** A meeting booked after it took place goes on to the record of what happened. */
    private boolean afterwards(BookMeeting form) {
        return java.time.LocalDateTime.of(form.startsOn(), form.startsAt()).isBefore(java.time.LocalDateTime.now(clock));
    }

    private static String saved(RedirectAttributes redirect, ClientId client, UUID meeting) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/clients/" + client + "/meetings/" + meeting;
    }
}
