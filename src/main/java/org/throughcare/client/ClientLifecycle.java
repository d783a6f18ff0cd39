package org.throughcare.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.internal.CaseState;
import org.throughcare.client.internal.Cases;
import org.throughcare.client.internal.ClientRecords;
import org.throughcare.client.internal.KeyDateHistory;
import org.throughcare.client.internal.EligibilityProperties;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;

/** Moving a client through the programme: eligibility screening and the stage lifecycle (D1, D2). */
@Service
@EnableConfigurationProperties(EligibilityProperties.class)
public class ClientLifecycle {

    private final ClientRecords records;
    private final Cases cases;
    private final KeyDateHistory keyDates;
    private final ClientQueries queries;
    private final EligibilityProperties eligibility;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientLifecycle(ClientRecords records, Cases cases, KeyDateHistory keyDates, ClientQueries queries,
                    EligibilityProperties eligibility, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.keyDates = keyDates;
        this.queries = queries;
        this.eligibility = eligibility;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A screening form filled in with what the record already says, for the coordinator to confirm. */
    @Transactional(readOnly = true)
    public RecordScreening prefilledScreening(ClientId clientId, Actor actor) {
        ClientView client = queries.client(clientId, actor);
        return EligibilityPrefill.from(client.custody(), LocalDate.now(clock), eligibility.windowMonths(),
                eligibility.minimumSentenceMonths(), client.version());
    }

    /** Records a screening; a referred client becomes screened. Screening again before consent is allowed. */
    @Transactional
    public void screen(ClientId clientId, RecordScreening form, Actor actor) {
        CaseState state = cases.claim(clientId.value(), form.version(), actor);
        if (state.stage() != Stage.REFERRED && state.stage() != Stage.SCREENED) {
            throw new InvalidInputException("decision", "validation.screening.tooLate", stageName(state.stage()));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate screenedOn = form.screenedOn() == null ? today : form.screenedOn();
        if (screenedOn.isAfter(today)) {
            throw new InvalidInputException("screenedOn", "validation.history.inFuture");
        }
        if (screenedOn.isBefore(state.stageSince())) {
            throw new InvalidInputException("screenedOn", "validation.stage.beforeCurrent", state.stageSince());
        }
        Instant now = clock.instant();
        UUID by = actor.userId().value();
        records.insertScreening(clientId.value(), form, screenedOn, by, now);
        records.setEligibility(clientId.value(), form.decision());
        if (state.stage() == Stage.REFERRED) {
            records.insertTransition(clientId.value(), Stage.REFERRED, Stage.SCREENED, screenedOn,
                    form.reason().strip(), by, now);
            records.setStage(clientId.value(), Stage.SCREENED, screenedOn);
            events.publishEvent(new StageChanged(clientId, Stage.REFERRED, Stage.SCREENED, screenedOn, actor.userId()));
        }
        audit.record(AuditEvent.change("CLIENT_SCREENED", "client", clientId, form.decision().name()
                + (records.enteredAfterwards(screenedOn, now) ? " entered afterwards" : "")));
    }

    /**
     * Moves the client to another stage. A move the lifecycle does not allow is refused with the stages that
     * are possible instead; consent needs an eligible screening; a return to custody closes the custody
     * episode so that the next one starts afresh while the old one stays in the history.
     */
    @Transactional
    public void changeStage(ClientId clientId, ChangeStage change, Actor actor) {
        CaseState state = cases.claim(clientId.value(), change.version(), actor);
        Stage from = state.stage();
        if (!from.canMoveTo(change.to())) {
            String possible = from.next().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw new InvalidInputException("to", possible.isEmpty() ? "validation.stage.final"
                    : "validation.stage.notAllowed", stageName(from), stageName(change.to()), possible);
        }
        if (change.to() == Stage.CONSENTED && state.eligibility() != Eligibility.ELIGIBLE) {
            throw new InvalidInputException("to", "validation.stage.consentNeedsEligibility");
        }
        LocalDate today = LocalDate.now(clock);
        if (change.effectiveOn().isAfter(today)) {
            throw new InvalidInputException("effectiveOn", "validation.stage.inFuture");
        }
        if (change.effectiveOn().isBefore(state.stageSince())) {
            throw new InvalidInputException("effectiveOn", "validation.stage.beforeCurrent", state.stageSince());
        }
        Instant now = clock.instant();
        boolean afterwards = records.enteredAfterwards(change.effectiveOn(), now);
        if (change.to() == Stage.RETURNED_TO_CUSTODY && state.episode() != null) {
            records.closeEpisode(state.episode().id());
            // The release date of the closed episode no longer holds: a key-date change like any other, entered
            // afterwards when the return is.
            LocalDate release = state.episode().conditionalReleaseDate();
            if (release != null) {
                keyDates.changed(clientId, state.episode().id(), KeyDate.CONDITIONAL_RELEASE, release, null,
                        change.reason().strip(), actor, now, afterwards);
            }
        }
        records.insertTransition(clientId.value(), from, change.to(), change.effectiveOn(), change.reason().strip(),
                actor.userId().value(), now);
        records.setStage(clientId.value(), change.to(), change.effectiveOn());
        events.publishEvent(new StageChanged(clientId, from, change.to(), change.effectiveOn(), actor.userId()));
        audit.record(AuditEvent.change("CLIENT_STAGE_CHANGED", "client", clientId, from + "->" + change.to()
                + (afterwards ? " entered afterwards" : "")));
    }

    /** A stage as a message argument, translated where the message is shown. */
    private static MessageSourceResolvable stageName(Stage stage) {
        return new DefaultMessageSourceResolvable(new String[] {"stage." + stage}, stage.name());
    }
}
