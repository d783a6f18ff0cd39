package org.throughcare.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.internal.CaseState;
import org.throughcare.client.internal.Cases;
import org.throughcare.client.internal.ClientAccess;
import org.throughcare.client.internal.ClientRecords;
import org.throughcare.client.internal.KeyDateHistory;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.PersonalNumber;
import org.throughcare.shared.Role;
import org.throughcare.shared.UserId;

/** Registering a client and recording their custody, with every key-date change kept and announced. */
@Service
public class ClientManagement {

    private final ClientRecords records;
    private final Cases cases;
    private final ClientAccess access;
    private final KeyDateHistory keyDates;
    private final AccessGate gate;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferralDayRule referralDay;

    ClientManagement(ClientRecords records, Cases cases, ClientAccess access, KeyDateHistory keyDates,
                     AccessGate gate, DirectoryManagement directory, IdentityManagement identity, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock, ReferralDayRule referralDay) {
        this.referralDay = referralDay;
        this.records = records;
        this.cases = cases;
        this.access = access;
        this.keyDates = keyDates;
        this.gate = gate;
        this.directory = directory;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A duplicate is refused, and the attempt stays in the existing case's log: the refusal commits. */
    @Transactional(noRollbackFor = DuplicateClientException.class)
    public ClientId register(RegisterClient form, Actor actor) {
        if (!access.scopeOf(actor).covers(form.probationOfficeId())) {
            throw new AccessDeniedException("clients are registered into the actor's own office");
        }
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        PersonalNumber number = null;
        try {
            number = PersonalNumber.parse(form.idCountry(), form.idNumber(), today);
            if (number.dateOfBirth() != null && !number.dateOfBirth().equals(form.dateOfBirth())) {
                problems.add(new Problem("dateOfBirth", "validation.personalNumber.dateOfBirthMismatch"));
            }
        } catch (PersonalNumber.Invalid e) {
            problems.add(new Problem("idNumber", "validation.personalNumber." + e.problem()));
        }
        LocalDate referredOn = form.referredOn() == null ? today : form.referredOn();
        if (referredOn.isAfter(today)) {
            problems.add(new Problem("referredOn", "validation.history.inFuture"));
        } else if (form.dateOfBirth() != null && referredOn.isBefore(form.dateOfBirth())) {
            problems.add(new Problem("referredOn", "validation.client.referredBeforeBirth"));
        }
        if (directory.municipality(form.municipalityCode()).isEmpty()) {
            problems.add(new Problem("municipalityCode", "validation.municipality.unknown", form.municipalityCode()));
        }
        boolean coordinatorWorksThere = identity.user(form.coordinatorId())
                .filter(u -> u.role() == Role.COORDINATOR || u.role() == Role.MANAGER)
                .filter(u -> form.probationOfficeId().equals(u.unitId())).isPresent();
        if (!coordinatorWorksThere) {
            problems.add(new Problem("coordinatorId", "validation.client.coordinatorNotInOffice"));
        }
        InvalidInputException.throwIfAny(problems);
        records.findByIdentity(number).ifPresent(existing -> refuseDuplicate(existing, form, actor));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        UUID by = actor.userId().value();
        records.insertClient(id, form, number, referredOn, by, now);
        records.insertTransition(id, null, Stage.REFERRED, referredOn, "registered", by, now);
        audit.record(AuditEvent.change("CLIENT_REGISTERED", "client", id,
                records.enteredAfterwards(referredOn, now) ? "entered afterwards" : null));
        return new ClientId(id);
    }

    private void refuseDuplicate(UUID existing, RegisterClient form, Actor actor) {
        UUID office = records.state(existing).orElseThrow().probationOfficeId();
        audit.record(new AuditEvent("CLIENT_REGISTRATION_DUPLICATE", AuditEvent.Outcome.DENIED, "client",
                existing.toString(), "client registration", null, actor, null));
        throw new DuplicateClientException(office.equals(form.probationOfficeId()) ? existing : null,
                directory.names(List.of(office)).get(office));
    }

    /** Hands the case to another coordinator or manager at the client's office; the handover is kept. */
    @Transactional
    public void handOver(ClientId clientId, HandOverCase handover, Actor actor) {
        CaseState state = cases.claim(clientId.value(), handover.version(), actor);
        UUID from = records.coordinatorOf(clientId.value());
        boolean worksThere = identity.user(handover.newCoordinatorId())
                .filter(u -> u.role() == Role.COORDINATOR || u.role() == Role.MANAGER)
                .filter(u -> state.probationOfficeId().equals(u.unitId())).isPresent();
        if (!worksThere) {
            throw new InvalidInputException("newCoordinatorId", "validation.client.coordinatorNotInOffice");
        }
        if (from.equals(handover.newCoordinatorId())) {
            throw new InvalidInputException("newCoordinatorId", "validation.client.sameCoordinator");
        }
        if (handover.on().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("on", "validation.stage.inFuture");
        }
        referralDay.require(clientId, "on", handover.on());
        Instant at = clock.instant();
        records.handOver(clientId.value(), from, handover.newCoordinatorId(), handover.on(), handover.reason().strip(),
                actor.userId().value(), at);
        events.publishEvent(new CoordinatorHandedOver(clientId, new UserId(from),
                new UserId(handover.newCoordinatorId()), handover.on(), actor.userId(), at));
        audit.record(AuditEvent.change("COORDINATOR_HANDED_OVER", "client", clientId, null));
    }

    /**
     * Records the facts of the current custody episode, opening one if there is none: the client's coordinator,
     * the office manager, or staff of the prison holding the client. A key date that was set and now changes
     * needs a reason; each change is kept, and a moved release date is announced.
     */
    @Transactional
    public void recordCustody(ClientId clientId, RecordCustody submitted, Actor actor) {
        CaseState state = cases.claimCustody(clientId.value(), submitted.version(), actor);
        CaseState.Episode before = state.episode();
        // Offence and risk are criminal history: a recorder who may not see them (the prison) keeps them as they are.
        RecordCustody form = before == null
                || gate.may(actor, clientId, DataCategory.CRIMINAL_HISTORY_AND_RISK, AccessGate.Action.READ)
                ? submitted : withCriminalHistoryOf(before, submitted);
        List<Problem> problems = CustodyRules.check(form, before);
        if (form.institutionId() != null
                && directory.agencyTypeOf(form.institutionId()).filter(t -> t == AgencyType.PRISON).isEmpty()) {
            problems.add(new Problem("institutionId", "validation.custody.notAPrison"));
        }
        InvalidInputException.throwIfAny(problems);

        UUID episode;
        if (before == null) {
            int number = records.episodeCount(clientId.value()) + 1;
            episode = records.insertEpisode(clientId.value(), number, form);
        } else {
            episode = before.id();
            records.updateEpisode(episode, form);
        }
        Instant now = clock.instant();
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        for (KeyDate field : KeyDate.onTheForm()) {
            LocalDate old = CustodyRules.valueOf(before, field);
            LocalDate updated = CustodyRules.valueOf(form, field);
            if (!Objects.equals(old, updated)) {
                // A date typed into the form is decided as it is saved: a live change.
                keyDates.changed(clientId, episode, field, old, updated, reason, actor, now, false);
            }
        }
        audit.record(AuditEvent.change("CUSTODY_RECORDED", "client", clientId, null));
    }

    private static RecordCustody withCriminalHistoryOf(CaseState.Episode e, RecordCustody f) {
        return new RecordCustody(f.institutionId(), f.sentenceStart(), f.sentenceLengthMonths(),
                f.conditionalReleaseDate(), f.sentenceExpiry(), f.supervisionEnd(), f.expulsionOrdered(),
                e.mainOffence() == null ? null : OffenceCategory.valueOf(e.mainOffence()),
                e.riskLevel() == null ? null : RiskLevel.valueOf(e.riskLevel()), e.riskInstrument(), e.riskAssessedOn(),
                f.reason(), f.version());
    }
}
