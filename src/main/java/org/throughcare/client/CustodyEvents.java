package org.throughcare.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.internal.CaseState;
import org.throughcare.client.internal.Cases;
import org.throughcare.client.internal.CustodyEventLog;
import org.throughcare.client.internal.CustodyFacts;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;

/**
 * Custody events (D8), from the client's custody page and from agencies' systems: each is kept with who
 * recorded it, from what source and why, and changes the case's custody facts unless a newer event of the
 * same fact came first. Recorded by those who may record custody facts (the case's coordinator, the office
 * manager, staff of the prison holding the client). An agency's system names each event with its own id:
 * the same id again is the same event, answered as before; with other content it is refused.
 */
@NamedInterface("api")
@Service
public class CustodyEvents {

    private final CustodyEventLog log;
    private final CustodyFacts facts;
    private final Cases cases;
    private final AccessGate gate;
    private final CustodyEventViews views;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final Clock clock;

    CustodyEvents(CustodyEventLog log, CustodyFacts facts, Cases cases, AccessGate gate, CustodyEventViews views,
                  DirectoryManagement directory, AuditLog audit, Clock clock) {
        this.log = log;
        this.facts = facts;
        this.cases = cases;
        this.gate = gate;
        this.views = views;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** An event recorded on the custody page, from the case version the page showed. */
    @Transactional
    public CustodyEventView record(ClientId client, CustodyEventKind kind, RecordCustodyEvent event, Actor actor) {
        RecordCustodyEvent e = relevant(kind, event);
        CaseState state = cases.claimCustody(client.value(), e.version(), actor);
        checkInput(kind, e, null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return views.answer(apply(client, kind, e, state, actor, CustodyEventSource.PAGE, null, null, now));
    }

    /** An event an agency's system sent; the same {@code eventId} twice is one event. */
    @Transactional
    public CustodyEventView post(PostCustodyEvent posted, Actor actor) {
        ClientId client = new ClientId(posted.clientId());
        // One event of a case at a time, so that a copy sent in parallel finds the first once it is saved.
        if (!log.lockCase(client.value())) {
            throw new NotFoundException("client");
        }
        String sender = senderOf(actor);
        String eventId = posted.eventId().strip();
        RecordCustodyEvent e = relevant(posted.kind(), posted.asRecorded());
        Instant occurredAt = posted.occurredAt().truncatedTo(ChronoUnit.MICROS);
        Optional<CustodyEventLog.Entry> earlier = log.bySenderId(sender, eventId);
        if (earlier.isPresent()) {
            if (!sameEvent(earlier.get(), client, posted.kind(), e, occurredAt)) {
                throw new ConflictingCustodyEventException(eventId);
            }
            audit.record(AuditEvent.change("CUSTODY_EVENT_REPEATED", "client", client, posted.kind().name()));
            return views.answer(earlier.get());
        }
        CaseState state = cases.claimCustodyFromSystem(client.value(), actor);
        checkInput(posted.kind(), e, occurredAt);
        return views.answer(apply(client, posted.kind(), e, state, actor, CustodyEventSource.API, sender, eventId,
                occurredAt));
    }

    /**
     * A client's custody events, newest first. The reasons are free text ("recalled after…") and so are shown
     * only to readers who may see criminal history, as the timeline's reasons are.
     */
    @Transactional(readOnly = true)
    public List<CustodyEventView> history(ClientId client, Actor actor) {
        Map<DataCategory, AccessGate.Ground> grounds = gate.checkEach(actor, client,
                EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.CRIMINAL_HISTORY_AND_RISK),
                AccessGate.Action.READ, "custody history");
        if (!grounds.get(DataCategory.BASIC_AND_CUSTODY).allows()) {
            throw new AccessRefusedException(grounds.get(DataCategory.BASIC_AND_CUSTODY));
        }
        boolean reasons = grounds.get(DataCategory.CRIMINAL_HISTORY_AND_RISK).allows();
        return views.of(log.ofClient(client.value()), reasons);
    }

    private CustodyEventLog.Entry apply(ClientId client, CustodyEventKind kind, RecordCustodyEvent e, CaseState state,
                                        Actor actor, CustodyEventSource source, String sender, String eventId,
                                        Instant occurredAt) {
        boolean applies = log.newestApplied(client.value(), kind.fact()).map(newest -> !newest.isAfter(occurredAt))
                .orElse(true);
        String municipality = facts.municipalityOf(client.value());
        if (applies) {
            InvalidInputException.throwIfAny(CustodyEventRules.checkAgainst(kind, e, state, municipality));
        }
        UUID id = UUID.randomUUID();
        // As the database keeps it, so that the answer to a repeat is the answer to the first.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String reason = e.reason().strip();
        CaseState.Episode episode = state.episode();
        UUID episodeId = episode == null ? null : episode.id();
        UUID from = null;
        String fromMunicipality = null;
        // Decided once, here: the record keeps it and every event the change announces carries it.
        boolean afterwards = enteredAfterwards(kind, e.effectiveOn(), occurredAt, now);
        if (applies) {
            CustodyFacts.Change change = new CustodyFacts.Change(id, client, state, e.effectiveOn(), reason, actor,
                    now, afterwards);
            switch (kind) {
                case RELEASE_DATE -> facts.releaseDate(change);
                case EARLY_RELEASE -> facts.earlyRelease(change, e.earlyReleaseType());
                case TRANSFER -> {
                    from = episode.institutionId();
                    facts.transfer(change, e.institutionId());
                }
                case RELEASED -> {
                    from = episode.institutionId();
                    facts.released(change);
                }
                case RETURNED_TO_CUSTODY -> episodeId = facts.returned(change, e.returnReason(), e.institutionId());
                case MUNICIPALITY -> {
                    fromMunicipality = municipality;
                    facts.municipality(change, municipality, e.municipalityCode());
                }
            }
        }
        CustodyEventLog.Entry entry = new CustodyEventLog.Entry(id, client.value(), episodeId, kind, e.effectiveOn(),
                from, e.institutionId(), fromMunicipality, e.municipalityCode(), e.earlyReleaseType(),
                e.returnReason(), reason, source, sender, eventId, occurredAt, applies, actor.userId().value(), now,
                afterwards);
        log.append(entry);
        audit.record(AuditEvent.change(applies ? "CUSTODY_EVENT_RECORDED" : "CUSTODY_EVENT_KEPT_AS_HISTORY",
                "client", client, kind.name()));
        return entry;
    }

    /**
     * Entered afterwards: recorded later than the day it happened. A transfer, release, return or change of
     * municipality happened on its effective day; a new release date or an early release was decided at
     * {@code occurredAt} about a day that may still lie ahead.
     */
    private boolean enteredAfterwards(CustodyEventKind kind, LocalDate effectiveOn, Instant occurredAt, Instant now) {
        boolean decision = kind == CustodyEventKind.RELEASE_DATE || kind == CustodyEventKind.EARLY_RELEASE;
        LocalDate happened = decision ? LocalDate.ofInstant(occurredAt, clock.getZone()) : effectiveOn;
        return happened.isBefore(LocalDate.ofInstant(now, clock.getZone()));
    }

    /** {@code occurredAt}: when an agency says the event happened, which cannot be ahead of our clock. */
    private void checkInput(CustodyEventKind kind, RecordCustodyEvent e, Instant occurredAt) {
        boolean prison = e.institutionId() != null
                && directory.agencyTypeOf(e.institutionId()).filter(t -> t == AgencyType.PRISON).isPresent();
        boolean municipalityKnown = e.municipalityCode() != null
                && directory.municipality(e.municipalityCode()).isPresent();
        List<Problem> problems = new ArrayList<>(
                CustodyEventRules.checkInput(kind, e, prison, municipalityKnown, LocalDate.now(clock)));
        // A few minutes' grace for the sender's clock; later would put the event ahead of every page's.
        if (occurredAt != null && occurredAt.isAfter(clock.instant().plus(5, ChronoUnit.MINUTES))) {
            problems.add(new Problem("occurredAt", "validation.custodyEvent.occurredInFuture"));
        }
        InvalidInputException.throwIfAny(problems);
    }

    /** Only the fields of its kind: a field another kind uses is ignored, so that a repeat compares what counts. */
    private static RecordCustodyEvent relevant(CustodyEventKind kind, RecordCustodyEvent e) {
        boolean institution = kind == CustodyEventKind.TRANSFER || kind == CustodyEventKind.RETURNED_TO_CUSTODY;
        return new RecordCustodyEvent(e.effectiveOn(), institution ? e.institutionId() : null,
                kind == CustodyEventKind.MUNICIPALITY ? strip(e.municipalityCode()) : null,
                kind == CustodyEventKind.EARLY_RELEASE ? e.earlyReleaseType() : null,
                kind == CustodyEventKind.RETURNED_TO_CUSTODY ? e.returnReason() : null, e.reason(), e.version());
    }

    private static boolean sameEvent(CustodyEventLog.Entry earlier, ClientId client, CustodyEventKind kind,
                                     RecordCustodyEvent e, Instant occurredAt) {
        return earlier.clientId().equals(client.value()) && earlier.kind() == kind
                && earlier.effectiveOn().equals(e.effectiveOn()) && earlier.occurredAt().equals(occurredAt)
                && Objects.equals(earlier.toInstitutionId(), e.institutionId())
                && Objects.equals(earlier.toMunicipality(), e.municipalityCode())
                && earlier.earlyReleaseType() == e.earlyReleaseType() && earlier.returnReason() == e.returnReason()
                && earlier.reason().equals(e.reason().strip());
    }

    private static String senderOf(Actor actor) {
        return actor.organisationId() != null ? "organisation:" + actor.organisationId().value()
                : "user:" + actor.userId().value();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
