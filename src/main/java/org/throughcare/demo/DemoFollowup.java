package org.throughcare.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.throughcare.client.CaseloadFilter;
import org.throughcare.client.CaseloadLineView;
import org.throughcare.client.ClientQueries;
import org.throughcare.client.Stage;
import org.throughcare.followup.lessons.LessonKind;
import org.throughcare.followup.lessons.LessonsManagement;
import org.throughcare.followup.lessons.WriteLesson;
import org.throughcare.followup.outcome.ClientOutcomesView;
import org.throughcare.followup.outcome.Occupation;
import org.throughcare.followup.outcome.OutcomeManagement;
import org.throughcare.followup.outcome.RecordOutcome;
import org.throughcare.followup.outcome.WhereNeeded;
import org.throughcare.followup.radar.RadarSnapshots;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.PageRequest;
import java.time.Clock;

/**
 * Follow-up in the demo: outcome forms for the released clients of each coordinator, in the seeds' proportions
 * (about half in settled accommodation, a third occupied, addiction treatment needed by half and started by most of
 * them), with every fourth client's latest point left unrecorded so that the radar has overdue forms to show; a few
 * entries in each office's lessons log; and the radar's first daily count.
 */
@Component
class DemoFollowup {

    private final OutcomeManagement outcomes;
    private final LessonsManagement lessons;
    private final RadarSnapshots radar;
    private final ClientQueries clients;
    private final Clock clock;

    DemoFollowup(OutcomeManagement outcomes, LessonsManagement lessons, RadarSnapshots radar, ClientQueries clients,
                 Clock clock) {
        this.outcomes = outcomes;
        this.lessons = lessons;
        this.radar = radar;
        this.clients = clients;
        this.clock = clock;
    }

    void outcomes(Actor coordinator) {
        LocalDate today = LocalDate.now(clock);
        List<CaseloadLineView> released = clients.caseload(CaseloadFilter.of(true, Set.of(Stage.RELEASED,
                Stage.COMPLETED), null, CaseloadFilter.Sort.NAME, false), PageRequest.of(0, PageRequest.MAX_SIZE),
                coordinator).items();
        for (int i = 0; i < released.size(); i++) {
            ClientId client = new ClientId(released.get(i).id());
            ClientOutcomesView view = outcomes.outcomes(client, coordinator);
            List<ClientOutcomesView.Point> due = view.points().stream()
                    .filter(p -> p.form() == null && !p.dueOn().isAfter(today)).toList();
            for (int p = 0; p < due.size(); p++) {
                if (i % 4 == 3 && p == due.size() - 1) {
                    continue;
                }
                ClientOutcomesView.Point point = due.get(p);
                LocalDate on = point.dueOn().plusDays(3 + i % 10).isAfter(today) ? today : point.dueOn().plusDays(3 + i % 10);
                int seed = i * 7 + p * 3;
                try {
                    outcomes.record(client, new RecordOutcome(point.point(), on, seed % 2 == 0,
                            seed % 3 == 0 ? Occupation.WORK : seed % 5 == 0 ? Occupation.EDUCATION
                                    : seed % 7 == 0 ? Occupation.TRAINING : Occupation.NONE,
                            seed % 2 == 1 ? WhereNeeded.NOT_NEEDED : seed % 4 == 0 ? WhereNeeded.STARTED
                                    : seed % 3 == 0 ? WhereNeeded.NOT_STARTED : WhereNeeded.STARTED,
                            seed % 3 == 0 ? WhereNeeded.STARTED : seed % 3 == 1 ? WhereNeeded.NOT_NEEDED
                                    : WhereNeeded.NOT_STARTED, seed % 4 != 1), coordinator);
                } catch (InvalidInputException e) {
                    // A point the generated history does not allow (released again since): left as it is.
                }
            }
        }
    }

    /** A few entries in an office's log, written by one of its coordinators. */
    void lessons(Actor coordinator, String municipality) {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMeeting = today.withDayOfMonth(1).minusMonths(1).plusDays(9);
        LocalDate earlier = lastMeeting.minusMonths(2);
        java.util.UUID office = coordinator.unitId().value();
        java.util.UUID idFirst = lessons.write(office, new WriteLesson(LessonKind.LESSON, earlier.plusDays(1), earlier,
                "Ansök om id-kort i god tid före frigivningen",
                "Utan id-handling kunde två klienter varken öppna bankkonto eller skriva kontrakt första veckan. "
                        + "Ansökan görs nu vid planeringsmötet tre månader före frigivningen.",
                null, null, "id-handlingar, frigivningsdagen", null), coordinator);
        lessons.write(office, new WriteLesson(LessonKind.RESPONSIBILITY, lastMeeting.plusDays(1), lastMeeting,
                "Socialtjänsten möter upp vid grinden",
                "Socialtjänsten i " + municipality + " möter klienten vid anstaltens grind och följer med till första "
                        + "boendet när frivården inte kan.",
                "Socialtjänsten " + municipality, lastMeeting.plusDays(14), "boende, frigivningsdagen", null), coordinator);
        lessons.write(office, new WriteLesson(LessonKind.OPEN_QUESTION, lastMeeting.plusDays(1), lastMeeting,
                "Vem betalar första veckans uppehälle?",
                "Försörjningsstödet betalas ut först efter beslut; vem står för mat och resor de första dagarna?",
                null, null, "ekonomi", null), coordinator);
        lessons.write(office, new WriteLesson(LessonKind.LESSON, lastMeeting.plusDays(2), lastMeeting,
                "Ansök om id-kort tre månader före frigivningen",
                "Rättelse: ansökan görs tre månader före, inte vid frigivningen; Skatteverket behöver tid.",
                null, null, "id-handlingar", idFirst), coordinator);
    }

    void radar() {
        radar.daily();
    }
}
