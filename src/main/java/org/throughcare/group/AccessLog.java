package org.throughcare.group;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditFact;
import org.throughcare.audit.AuditFacts;
import org.throughcare.audit.AuditFilter;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.PersonNames;
import org.throughcare.shared.ResultPage;

/**
 * Who accessed a client's data, allowed or refused, newest first — for those who manage the case (and, with
 * the client's own view, for the client). Looking at it is itself a recorded access. People are shown by
 * name, looked up for a whole page at once.
 */
@Service
public class AccessLog {

    private final AccessPolicy gate;
    private final AuditLog audit;
    private final PersonNames names;
    private final DirectoryManagement directory;
    private final ZoneId zone;

    AccessLog(AccessPolicy gate, AuditLog audit, PersonNames names, DirectoryManagement directory, Clock clock) {
        this.gate = gate;
        this.audit = audit;
        this.names = names;
        this.directory = directory;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    public ResultPage<AccessLogEntryView> of(ClientId client, AccessLogFilter filter, PageRequest page, Actor actor) {
        requireReader(client, actor);
        ResultPage<AuditEntry> entries = audit.aboutSubject("client", client.toString(), auditFilter(filter), page);
        Map<UUID, String> people = names.displayNames(entries.items().stream().map(AuditEntry::actorUserId)
                .filter(Objects::nonNull).distinct().toList());
        List<AccessLogEntryView> views = entries.items().stream().map(e -> view(e, people)).toList();
        return new ResultPage<>(withOrganisationNames(views), entries.number(), entries.size(), entries.totalItems());
    }

    /** Everyone with an entry in the client's log, by name: the choices of the log's "who" filter. */
    @Transactional(readOnly = true)
    public List<AccessLogPerson> people(ClientId client, Actor actor) {
        requireReader(client, actor);
        List<UUID> ids = audit.actorsAbout("client", client.toString());
        Map<UUID, String> people = names.displayNames(ids);
        return ids.stream().map(id -> new AccessLogPerson(id, people.getOrDefault(id, id.toString())))
                .sorted(Comparator.comparing(AccessLogPerson::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The log is read, not changed: recorded as a read kept for those who manage the case, and refused to
     * others for that reason, not as a change their role may not make.
     */
    private void requireReader(ClientId client, Actor actor) {
        AccessGate.Ground ground = gate.check(actor, client, DataCategory.BASIC_AND_CUSTODY,
                AccessGate.Action.READ_RESERVED, "access log");
        if (!ground.allows()) {
            throw new AccessRefusedException(ground, "error.accessLogReserved");
        }
    }

    /** A change names organisations by id (a member's, those a consent covers): shown by name, looked up at once. */
    private List<AccessLogEntryView> withOrganisationNames(List<AccessLogEntryView> views) {
        List<UUID> ids = views.stream().flatMap(v -> v.details().stream()).filter(AccessLog::namesOrganisations)
                .flatMap(f -> f.values().stream()).map(AccessLog::uuidOrNull).filter(Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return views;
        }
        Map<UUID, String> organisations = directory.names(ids);
        return views.stream().map(v -> new AccessLogEntryView(v.occurredAt(), v.personId(), v.person(), v.username(),
                v.action(), v.outcome(), v.purpose(), v.category(), v.ground(), v.details().stream()
                .map(f -> namesOrganisations(f) ? new AuditFact(f.name(), f.values().stream().map(value -> {
                    UUID id = uuidOrNull(value);
                    return id == null ? value : organisations.getOrDefault(id, value);
                }).toList()) : f).toList())).toList();
    }

    private static boolean namesOrganisations(AuditFact fact) {
        return fact.name().equals("organisation") || fact.name().equals("organisations");
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private AuditFilter auditFilter(AccessLogFilter f) {
        return new AuditFilter(f.person(), f.allowed() == null ? null
                : f.allowed() ? AuditEvent.Outcome.ALLOWED : AuditEvent.Outcome.DENIED,
                f.category() == null ? null : f.category().name(),
                f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static AccessLogEntryView view(AuditEntry e, Map<UUID, String> people) {
        DataCategory category = null;
        String ground = null;
        List<AuditFact> details = new ArrayList<>();
        for (AuditFact fact : AuditFacts.of(e.action(), e.details())) {
            if (fact.name().equals("category") && known(fact.values().get(0))) {
                category = DataCategory.valueOf(fact.values().get(0));
            } else if (fact.name().equals("ground")) {
                ground = fact.values().get(0);
            } else {
                details.add(fact);
            }
        }
        String person = e.actorUserId() == null ? null : people.getOrDefault(e.actorUserId(), e.actorUsername());
        return new AccessLogEntryView(e.occurredAt(), e.actorUserId(), person, e.actorUsername(), e.action(),
                e.outcome(), e.purpose(), category, ground, details);
    }

    private static boolean known(String category) {
        return java.util.Arrays.stream(DataCategory.values()).anyMatch(c -> c.name().equals(category));
    }
}
