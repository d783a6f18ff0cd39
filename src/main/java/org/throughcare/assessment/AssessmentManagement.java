package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.assessment.internal.Assessments;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.StaleEditException;

/**
 * The shared assessment of a client: recording a new version (for those who may change the case), reading a
 * version and comparing two (area by area, each under its consent category).
 */
@NamedInterface("api")
@Service
public class AssessmentManagement {

    private final Assessments assessments;
    private final AccessGate gate;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentManagement(Assessments assessments, AccessGate gate, IdentityManagement identity, AuditLog audit,
                         Clock clock) {
        this.assessments = assessments;
        this.gate = gate;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the number of the new version */
    @Transactional
    public int record(ClientId client, RecordAssessment assessment, Actor actor) {
        gate.requireChange(actor, client, "record needs assessment");
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Set<NeedArea> seen = EnumSet.noneOf(NeedArea.class);
        for (int i = 0; i < assessment.areas().size(); i++) {
            NeedArea area = assessment.areas().get(i).area();
            if (!seen.add(area)) {
                problems.add(new InvalidInputException.Problem("areas[" + i + "].area", "validation.assessment.areaTwice"));
            }
        }
        if (problems.isEmpty() && seen.size() != NeedArea.values().length) {
            problems.add(new InvalidInputException.Problem("areas", "validation.assessment.everyArea"));
        }
        InvalidInputException.throwIfAny(problems);
        Integer latest = assessments.latest(client.value()).map(Assessments.Version::number).orElse(null);
        if (!Objects.equals(latest, assessment.basedOnVersion())) {
            throw new StaleEditException("assessment");
        }
        int number = latest == null ? 1 : latest + 1;
        try {
            assessments.insert(new Assessments.Version(UUID.randomUUID(), client.value(), number,
                    assessment.assessedOn(), actor.userId().value(), clock.instant()), assessment.areas().stream()
                    .map(a -> new AreaAssessment(a.area(), a.rating(), blankToNull(a.clientView()),
                            blankToNull(a.strengths()), blankToNull(a.notes()))).toList());
        } catch (DuplicateKeyException e) {
            // Someone saved the same version number between our read and our insert.
            throw new StaleEditException("assessment");
        }
        audit.record(AuditEvent.change("ASSESSMENT_RECORDED", "client", client, "version " + number));
        return number;
    }

    /** Newest first; the list itself needs at least one area's category. */
    @Transactional(readOnly = true)
    public List<AssessmentVersionView> versions(ClientId client, Actor actor) {
        gate.readable(actor, client, NeedArea.assessmentCategories(), "assessment versions");
        List<Assessments.Version> versions = assessments.versions(client.value());
        Map<UUID, String> names = identity.displayNames(versions.stream().map(Assessments.Version::recordedBy).toList());
        return versions.stream().map(v -> summary(v, names)).toList();
    }

    /** A version, or the latest when {@code number} is absent; empty when there is no assessment yet. */
    @Transactional(readOnly = true)
    public java.util.Optional<AssessmentView> version(ClientId client, Integer number, Actor actor) {
        Set<DataCategory> readable = gate.readable(actor, client, NeedArea.assessmentCategories(), "needs assessment");
        java.util.Optional<Assessments.Version> latest = assessments.latest(client.value());
        java.util.Optional<Assessments.Version> wanted = number == null ? latest
                : assessments.version(client.value(), number);
        if (number != null && wanted.isEmpty()) {
            throw new NotFoundException("assessment version");
        }
        return wanted.map(v -> view(v, readable, latest.get().number() == v.number()));
    }

    /** The areas of the latest version as a starting point for the next one (for those who may change the case). */
    @Transactional(readOnly = true)
    public RecordAssessment draftOfNext(ClientId client, Actor actor) {
        gate.requireChange(actor, client, "draft needs assessment");
        java.util.Optional<Assessments.Version> latest = assessments.latest(client.value());
        Map<NeedArea, AreaAssessment> areas = latest.map(v -> assessments.areas(v.id())).orElse(Map.of());
        List<AreaAssessment> draft = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            draft.add(areas.getOrDefault(area, new AreaAssessment(area, null, null, null, null)));
        }
        return new RecordAssessment(java.time.LocalDate.now(clock), draft,
                latest.map(Assessments.Version::number).orElse(null));
    }

    @Transactional(readOnly = true)
    public AssessmentComparisonView compare(ClientId client, int from, int to, Actor actor) {
        Set<DataCategory> readable = gate.readable(actor, client, NeedArea.assessmentCategories(), "compare assessments");
        Assessments.Version older = assessments.version(client.value(), from)
                .orElseThrow(() -> new NotFoundException("assessment version"));
        Assessments.Version newer = assessments.version(client.value(), to)
                .orElseThrow(() -> new NotFoundException("assessment version"));
        Map<NeedArea, AreaAssessment> before = assessments.areas(older.id());
        Map<NeedArea, AreaAssessment> after = assessments.areas(newer.id());
        List<AssessmentComparisonView.Change> changes = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            if (!readable.contains(area.category())) {
                changes.add(new AssessmentComparisonView.Change(area, area.category(), false, null, null,
                        AssessmentComparisonView.Direction.SAME, false, false, false));
                continue;
            }
            AreaAssessment a = before.get(area);
            AreaAssessment b = after.get(area);
            int step = b.rating().compareTo(a.rating());
            changes.add(new AssessmentComparisonView.Change(area, area.category(), true, a.rating(), b.rating(),
                    step > 0 ? AssessmentComparisonView.Direction.WORSE : step < 0 ? AssessmentComparisonView.Direction.BETTER
                            : AssessmentComparisonView.Direction.SAME,
                    !Objects.equals(a.clientView(), b.clientView()), !Objects.equals(a.strengths(), b.strengths()),
                    !Objects.equals(a.notes(), b.notes())));
        }
        Map<UUID, String> names = identity.displayNames(List.of(older.recordedBy(), newer.recordedBy()));
        return new AssessmentComparisonView(summary(older, names), summary(newer, names), changes);
    }

    private AssessmentView view(Assessments.Version version, Set<DataCategory> readable, boolean latest) {
        Map<NeedArea, AreaAssessment> areas = assessments.areas(version.id());
        List<AssessmentView.Area> shown = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            AreaAssessment a = areas.get(area);
            shown.add(readable.contains(area.category())
                    ? new AssessmentView.Area(area, area.category(), true, a.rating(), a.clientView(), a.strengths(),
                    a.notes())
                    : new AssessmentView.Area(area, area.category(), false, null, null, null, null));
        }
        String by = identity.displayNames(List.of(version.recordedBy())).get(version.recordedBy());
        return new AssessmentView(version.number(), version.assessedOn(), by, version.recordedAt(), latest, shown);
    }

    private static AssessmentVersionView summary(Assessments.Version v, Map<UUID, String> names) {
        return new AssessmentVersionView(v.number(), v.assessedOn(), names.get(v.recordedBy()), v.recordedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
