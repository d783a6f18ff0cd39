package org.throughcare.meeting.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.throughcare.meeting.MeetingFigureQueries;
import org.throughcare.meeting.MeetingOutcomeView;
import org.throughcare.meeting.MeetingOutcomes;
import org.throughcare.meeting.MeetingStatus;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;

/** What the meeting page shows of what became of the meeting, and the decision form where the reader may use it. */
@Component
class MeetingOutcomePage {

    private final MeetingOutcomes outcomes;
    private final MeetingFigureQueries figures;
    private final PlanManagement plan;

    MeetingOutcomePage(MeetingOutcomes outcomes, MeetingFigureQueries figures, PlanManagement plan) {
        this.outcomes = outcomes;
        this.figures = figures;
        this.plan = plan;
    }

    void addTo(Model model, ClientId client, UUID meetingId, Actor actor) {
        MeetingOutcomeView outcome = outcomes.outcome(client, meetingId, actor);
        model.addAttribute("outcome", outcome);
        if (outcome.mayRecord() && outcome.status() == MeetingStatus.HELD) {
            if (!model.containsAttribute("decisionForm")) {
                model.addAttribute("decisionForm", DecisionForm.empty());
            }
            model.addAttribute("decisionPeople", plan.people(client, actor));
            model.addAttribute("needAreas", org.throughcare.shared.NeedArea.values());
            model.addAttribute("measureTypes", org.throughcare.plan.MeasureType.values());
            model.addAttribute("phases", org.throughcare.plan.Phase.values());
        }
    }

    /** The client's figures on their meetings page. */
    void addFigures(Model model, ClientId client, Actor actor) {
        model.addAttribute("figures", figures.ofClient(client, actor));
    }
}
