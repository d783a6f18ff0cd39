package org.throughcare.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.internal.CaseState;
import org.throughcare.client.internal.ClientAccess;
import org.throughcare.client.internal.CaseHistoryReads;
import org.throughcare.client.internal.ClientReadModel;
import org.throughcare.client.internal.ClientRecords;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;

/**
 * Every read of one client's data in this module, and of caseloads: one case, its timeline, a caseload. A case
 * passes the access gate per data category; a list shows only the clients the reader may see and records
 * each one it showed. Counts across an office (the target pool, coordinators' loads) are {@link OfficeFigures}.
 */
@NamedInterface("api")
@Service
public class ClientQueries {

    private final ClientReadModel reads;
    private final CaseHistoryReads history;
    private final ClientRecords records;
    private final ClientAccess access;
    private final AccessGate gate;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final Clock clock;
    private final CaseloadLines lines;

    ClientQueries(ClientReadModel reads, CaseHistoryReads history, ClientRecords records, ClientAccess access,
                  AccessGate gate, DirectoryManagement directory, IdentityManagement identity, Clock clock,
                  CaseloadLines lines) {
        this.lines = lines;
        this.reads = reads;
        this.history = history;
        this.records = records;
        this.access = access;
        this.gate = gate;
        this.directory = directory;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClientView client(ClientId id, Actor actor) {
        ClientReadModel.Details d = reads.details(id.value()).orElseThrow(() -> new NotFoundException("client"));
        AccessGate.Ground basic = gate.check(actor, id, DataCategory.BASIC_AND_CUSTODY, Action.READ, "client case");
        require(basic);
        // Offence, risk and the screening's decision are criminal history: shown only where consent covers that
        // category too.
        boolean criminalHistory = gate.check(actor, id, DataCategory.CRIMINAL_HISTORY_AND_RISK, Action.READ,
                "client case").allows();
        CaseState state = records.state(id.value()).orElseThrow();
        CaseState.Episode e = state.episode();
        Map<UUID, String> names = directory.names(nonNull(d.row().officeId(), e == null ? null : e.institutionId()));
        CustodyView custody = e == null ? null : new CustodyView(e.number(), e.institutionId(),
                e.institutionId() == null ? null : names.get(e.institutionId()), e.sentenceStart(),
                e.sentenceLengthMonths(), e.conditionalReleaseDate(), e.sentenceExpiry(), e.supervisionEnd(),
                e.expulsionOrdered(),
                !criminalHistory || e.mainOffence() == null ? null : OffenceCategory.valueOf(e.mainOffence()),
                !criminalHistory || e.riskLevel() == null ? null : RiskLevel.valueOf(e.riskLevel()),
                criminalHistory ? e.riskInstrument() : null, criminalHistory ? e.riskAssessedOn() : null,
                e.earlyReleaseType() == null ? null : EarlyReleaseType.valueOf(e.earlyReleaseType()),
                e.earlyReleaseDate(), e.releasedOn());
        String coordinator = identity.displayNames(List.of(d.row().coordinatorId())).get(d.row().coordinatorId());
        String municipality = directory.municipality(d.municipalityCode()).map(m -> m.name()).orElse(d.municipalityCode());
        return new ClientView(d.row().id(), d.version(), d.row().fullName(), d.row().personalNumber(),
                d.idCountry(), d.dateOfBirth(), d.gender(), d.preferredLanguage(), d.interpreterNeeded(),
                d.municipalityCode(), municipality, d.row().officeId(), names.get(d.row().officeId()),
                d.row().coordinatorId(), coordinator, d.row().stage(), d.row().stageSince(),
                criminalHistory ? d.eligibility() : null, custody,
                List.copyOf(d.row().stage().next()), lines.daysToRelease(d.row()),
                basic == AccessGate.Ground.CLIENT_COORDINATOR || basic == AccessGate.Ground.OFFICE_MANAGER,
                gate.may(actor, id, DataCategory.BASIC_AND_CUSTODY, Action.RECORD_CUSTODY));
    }

    /**
     * Days until release while the client is in custody (empty otherwise, or when the reader may not see
     * custody facts): for pages of other modules that change with the release date near.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> daysToRelease(ClientId id, Actor actor, String purpose) {
        ClientReadModel.Details d = reads.details(id.value()).orElseThrow(() -> new NotFoundException("client"));
        if (!gate.check(actor, id, DataCategory.BASIC_AND_CUSTODY, Action.READ, purpose).allows()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(lines.daysToRelease(d.row()));
    }

    /**
     * The day the client was registered, unaudited: for a caller that has passed the gate for this client and
     * checks a date against it (no meeting before the client was registered).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.LocalDate> registeredOn(ClientId id) {
        return history.timeline(id.value()).stream()
                .filter(t -> t.type() == TimelineEntryView.Type.STAGE && t.from() == null)
                .map(TimelineEntryView::effectiveOn).min(java.util.Comparator.naturalOrder());
    }

    /** Names of the given clients that this reader may see through their group; audited as a list read. */
    @Transactional(readOnly = true)
    public Map<UUID, String> namesThroughGroup(Collection<UUID> ids, Actor actor, String purpose) {
        Set<UUID> visible = new HashSet<>(gate.visibleThroughGroup(actor, DataCategory.BASIC_AND_CUSTODY));
        visible.retainAll(ids);
        Map<UUID, String> names = reads.names(visible);
        gate.listed(actor, names.keySet().stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY, purpose);
        return names;
    }

    /**
     * Every step of the case, newest first. Screening decisions and the free-text reasons of stages, screenings
     * and key dates ("risk level high; prior conviction for…") are criminal history: a reader who may see only
     * basic facts sees that a step happened, its stage and its dates.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntryView> timeline(ClientId id, Actor actor) {
        Map<DataCategory, AccessGate.Ground> grounds = gate.checkEach(actor, id,
                java.util.EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.CRIMINAL_HISTORY_AND_RISK),
                Action.READ, "client timeline");
        require(grounds.get(DataCategory.BASIC_AND_CUSTODY));
        boolean criminalHistory = grounds.get(DataCategory.CRIMINAL_HISTORY_AND_RISK).allows();
        List<TimelineEntryView> entries = history.timeline(id.value());
        Map<UUID, String> names = identity.displayNames(
                entries.stream().map(t -> UUID.fromString(t.recordedBy())).toList());
        return entries.stream().map(t -> criminalHistory ? t : t.stepOnly())
                .map(t -> t.withRecordedBy(names.getOrDefault(UUID.fromString(t.recordedBy()), "?"))).toList();
    }

    /** Every handover of the client's coordinator role, oldest first, with names; audited under {@code purpose}. */
    @Transactional(readOnly = true)
    public List<CoordinatorChangeView> coordinatorChanges(ClientId id, Actor actor, String purpose) {
        require(gate.check(actor, id, DataCategory.BASIC_AND_CUSTODY, Action.READ, purpose));
        List<CoordinatorChangeView> changes = history.coordinatorChanges(id.value());
        Set<UUID> people = new HashSet<>();
        changes.forEach(c -> {
            people.add(c.fromCoordinatorId());
            people.add(c.toCoordinatorId());
            people.add(UUID.fromString(c.recordedBy()));
        });
        Map<UUID, String> names = identity.displayNames(people);
        return changes.stream().map(c -> new CoordinatorChangeView(c.fromCoordinatorId(), names.get(c.fromCoordinatorId()),
                c.toCoordinatorId(), names.get(c.toCoordinatorId()), c.on(), c.reason(),
                names.get(UUID.fromString(c.recordedBy())), c.recordedAt())).toList();
    }

    @Transactional(readOnly = true)
    public ResultPage<CaseloadLineView> caseload(CaseloadFilter filter, PageRequest page, Actor actor) {
        ResultPage<ClientReadModel.Row> rows = reads.caseload(visibility(actor), actor.userId().value(), filter,
                LocalDate.now(clock), page);
        gate.listed(actor, rows.items().stream().map(r -> new ClientId(r.id())).toList(),
                DataCategory.BASIC_AND_CUSTODY, "caseload");
        return new ResultPage<>(lines.of(rows.items(), actor), rows.number(), rows.size(), rows.totalItems());
    }

    /**
     * The clients of a caseload, unpaged, whose case the reader is responsible for (its coordinator, or a
     * manager of its office): those for whom other modules' flags are asked before a caseload is filtered by
     * them. Nothing of them is shown, so nothing is audited here.
     */
    @Transactional(readOnly = true)
    public Set<UUID> responsibleCases(CaseloadFilter filter, Actor actor) {
        Set<UUID> ids = new HashSet<>();
        reads.caseloadLines(visibility(actor), actor.userId().value(), filter, LocalDate.now(clock)).stream()
                .filter(r -> access.responsibleFor(actor, r.coordinatorId(), r.officeId()))
                .forEach(r -> ids.add(r.id()));
        return ids;
    }

    /**
     * Days until release of those of the given clients who are in custody and whose case the reader is
     * responsible for: what another module's flags for those responsible depend on. Audited for {@code purpose}.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> daysToRelease(Collection<UUID> ids, Actor actor, String purpose) {
        Map<UUID, Integer> days = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return days;
        }
        CaseloadFilter only = CaseloadFilter.of(false, Set.of(), null, null, false).onlyClients(Set.copyOf(ids));
        reads.caseloadLines(visibility(actor), actor.userId().value(), only, LocalDate.now(clock)).stream()
                .filter(r -> access.responsibleFor(actor, r.coordinatorId(), r.officeId()) && lines.daysToRelease(r) != null)
                .forEach(r -> days.put(r.id(), lines.daysToRelease(r)));
        gate.listed(actor, days.keySet().stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY, purpose);
        return days;
    }

    /**
     * The release date on the case (the current episode's, also once released) of those of the given clients whose
     * case the reader is responsible for: what another module's flags for those responsible count from. Audited
     * for {@code purpose}.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> releaseDates(Collection<UUID> ids, Actor actor, String purpose) {
        Map<UUID, LocalDate> dates = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return dates;
        }
        CaseloadFilter only = CaseloadFilter.of(false, Set.of(), null, null, false).onlyClients(Set.copyOf(ids));
        reads.caseloadLines(visibility(actor), actor.userId().value(), only, LocalDate.now(clock)).stream()
                .filter(r -> access.responsibleFor(actor, r.coordinatorId(), r.officeId()) && r.releaseDate() != null)
                .forEach(r -> dates.put(r.id(), r.releaseDate()));
        gate.listed(actor, dates.keySet().stream().map(ClientId::new).toList(), DataCategory.BASIC_AND_CUSTODY, purpose);
        return dates;
    }

    private ClientAccess.Visibility visibility(Actor actor) {
        return access.visibility(actor, gate.visibleThroughGroup(actor, DataCategory.BASIC_AND_CUSTODY));
    }

    private static void require(AccessGate.Ground ground) {
        if (!ground.allows()) {
            throw new AccessRefusedException(ground);
        }
    }

    private static Collection<UUID> nonNull(UUID... ids) {
        List<UUID> list = new ArrayList<>();
        for (UUID id : ids) {
            if (id != null) {
                list.add(id);
            }
        }
        return list;
    }
}
