package org.throughcare.followup.lessons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.Municipality;
import org.throughcare.directory.UnitView;
import org.throughcare.followup.lessons.internal.LessonEntries;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.PersonNames;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;

/**
 * An office's lessons log (D11). Read by the office's staff (its coordinators and manager) and by partner workers of
 * organisations serving the office's municipality; written by the office's staff. Append-only: an entry is not
 * edited, a correction is a new entry naming the one it corrects, so what was agreed at a meeting stays as it was
 * written. No client data belongs here (the form says so); every read, refusal and entry is audited.
 */
@Service
public class LessonsManagement {

    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 40;

    private final LessonEntries entries;
    private final DirectoryManagement directory;
    private final PersonNames names;
    private final AuditLog audit;
    private final Clock clock;

    LessonsManagement(LessonEntries entries, DirectoryManagement directory, PersonNames names, AuditLog audit,
                      Clock clock) {
        this.entries = entries;
        this.directory = directory;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offices whose logs this reader may read: their own office, or the offices of the municipalities served. */
    @Transactional(readOnly = true)
    public List<LessonsView.Office> readableOffices(Actor actor) {
        Set<String> served = served(actor);
        return directory.unitsOfType(AgencyType.PROBATION).stream().filter(u -> mayRead(actor, u, served))
                .map(u -> new LessonsView.Office(u.id(), u.name())).toList();
    }

    /** The office a reader's log page opens on: their own, or the first they may read. */
    public UUID defaultOffice(Actor actor) {
        if (actor.unitId() != null && isStaffRole(actor)) {
            return actor.unitId().value();
        }
        return readableOffices(actor).stream().findFirst().map(LessonsView.Office::id)
                .orElseThrow(() -> new AccessRefusedException(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE,
                        "error.lessons.readRefused"));
    }

    @Transactional
    public LessonsView log(UUID officeId, LessonFilter filter, PageRequest page, Actor actor) {
        UnitView office = office(officeId);
        boolean allowed = mayRead(actor, office, served(actor));
        audit.recordAccess(List.of(new AuditEvent("READ", allowed ? AuditEvent.Outcome.ALLOWED
                : AuditEvent.Outcome.DENIED, "lessons", officeId.toString(), "lessons log", null, actor, null)));
        if (!allowed) {
            throw new AccessRefusedException(AccessGate.Ground.NOT_IN_GROUP, "error.lessons.readRefused");
        }
        List<LessonEntries.Row> rows = entries.page(officeId, filter, page);
        Map<UUID, List<UUID>> corrections = entries.correctionsOf(rows.stream().map(LessonEntries.Row::id).toList());
        Map<UUID, String> writers = names.displayNames(rows.stream().map(LessonEntries.Row::writtenBy).toList());
        List<LessonView> views = rows.stream().map(r -> new LessonView(r.id(), r.kind(), r.entryOn(), r.meetingOn(),
                r.title(), r.body(), r.responsible(), r.responsibleFrom(), r.tags(), r.correctsId(),
                corrections.getOrDefault(r.id(), List.of()), writers.get(r.writtenBy()), r.writtenAt())).toList();
        return new LessonsView(officeId, office.name(), readableOffices(actor), filter,
                new ResultPage<>(views, page.number(), page.size(), entries.count(officeId, filter)),
                mayWrite(actor, office));
    }

    /** Whether the reader is of the office's staff, who write its log: what the page offers. */
    public boolean mayWrite(Actor actor, UUID officeId) {
        return isStaffRole(actor) && actor.unitId() != null && actor.unitId().value().equals(officeId);
    }

    @Transactional
    public UUID write(UUID officeId, WriteLesson form, Actor actor) {
        UnitView office = office(officeId);
        if (!mayWrite(actor, office)) {
            audit.recordAccess(List.of(new AuditEvent("WRITE", AuditEvent.Outcome.DENIED, "lessons",
                    officeId.toString(), "lessons log", null, actor, null)));
            throw new AccessRefusedException(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE, "error.lessons.writeRefused");
        }
        List<Problem> problems = new ArrayList<>();
        List<String> tags = tags(form.tags(), problems);
        LocalDate today = LocalDate.now(clock);
        if (form.entryOn().isAfter(today)) {
            problems.add(new Problem("entryOn", "validation.lessons.future"));
        }
        if (form.meetingOn() != null && form.meetingOn().isAfter(form.entryOn())) {
            problems.add(new Problem("meetingOn", "validation.lessons.meetingAfterEntry"));
        }
        if (form.kind() == LessonKind.RESPONSIBILITY) {
            if (form.responsible() == null || form.responsible().isBlank()) {
                problems.add(new Problem("responsible", "validation.lessons.responsibleMissing"));
            }
            if (form.responsibleFrom() == null) {
                problems.add(new Problem("responsibleFrom", "validation.lessons.responsibleFromMissing"));
            }
        }
        if (form.correctsId() != null && entries.find(form.correctsId()).filter(e -> e.officeId().equals(officeId))
                .isEmpty()) {
            problems.add(new Problem("correctsId", "validation.lessons.correctsUnknown"));
        }
        InvalidInputException.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        boolean responsibility = form.kind() == LessonKind.RESPONSIBILITY;
        entries.insert(new LessonEntries.Row(id, officeId, form.kind(), form.entryOn(), form.meetingOn(),
                form.title().strip(), form.body().strip(), responsibility ? form.responsible().strip() : null,
                responsibility ? form.responsibleFrom() : null, tags, form.correctsId(), actor.userId().value(),
                clock.instant()));
        audit.record(AuditEvent.change("LESSON_WRITTEN", "lessons", officeId, id.toString()));
        return id;
    }

    private boolean mayWrite(Actor actor, UnitView office) {
        return mayWrite(actor, office.id());
    }

    private static boolean isStaffRole(Actor actor) {
        return actor.role() == Role.COORDINATOR || actor.role() == Role.MANAGER;
    }

    private static boolean mayRead(Actor actor, UnitView office, Set<String> served) {
        if (isStaffRole(actor)) {
            return actor.unitId() != null && actor.unitId().value().equals(office.id());
        }
        return actor.role() == Role.PARTNER_WORKER && served.contains(office.municipalityCode());
    }

    /** The municipalities a partner worker's organisation serves; none for anyone else. */
    private Set<String> served(Actor actor) {
        if (actor.role() != Role.PARTNER_WORKER || actor.organisationId() == null) {
            return Set.of();
        }
        return Set.copyOf(directory.organisation(actor.organisationId().value()).municipalities().stream()
                .map(Municipality::code).toList());
    }

    private UnitView office(UUID id) {
        return directory.unitsOfType(AgencyType.PROBATION).stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("office"));
    }

    /** Tags from "a, b ,c": trimmed, in lower case, each once; too many or too long ones are refused at the field. */
    static List<String> tags(String text, List<Problem> problems) {
        Set<String> tags = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String tag = part.strip().toLowerCase(Locale.ROOT);
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(new Problem("tags", "validation.lessons.tooManyTags", MAX_TAGS));
        }
        if (tags.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
            problems.add(new Problem("tags", "validation.lessons.tagTooLong", MAX_TAG_LENGTH));
        }
        return List.copyOf(tags);
    }
}
