package org.throughcare.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.AgencyType;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.directory.Municipality;
import org.throughcare.directory.UnitView;
import org.throughcare.followup.figures.ClientFigures;
import org.throughcare.followup.figures.CohortRows;
import org.throughcare.followup.figures.CountedSections;
import org.throughcare.followup.figures.CustodyFigures;
import org.throughcare.followup.figures.FigureComposer;
import org.throughcare.followup.figures.GroupFigures;
import org.throughcare.followup.figures.MeetingFigures;
import org.throughcare.followup.figures.NeedsPlanFigures;
import org.throughcare.followup.figures.RawFigure;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.Role;

/**
 * The programme's figures for a cohort (D10). A manager sees their own office, unsuppressed; the national
 * analyst any offices and municipalities or the whole country, with small cells suppressed — as is anything
 * covering more than one office. Nobody else sees figures. Every request, allowed or refused, is audited;
 * the figures hold counts only, never a name or an identity number.
 */
@Service
public class FollowupFigures {

    /** The longest period a cohort may span. */
    public static final int MAX_YEARS = 10;
    static final String AUDIT_ACTION = "FOLLOWUP_FIGURES";

    private final CohortRows rows;
    private final CountedSections counted;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    FollowupFigures(CohortRows rows, CountedSections counted, DirectoryManagement directory, AuditLog audit,
                    MessageSource messages, Clock clock) {
        this.rows = rows;
        this.counted = counted;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether this actor may see follow-up figures at all: to decide which links to offer. */
    public static boolean mayView(Actor actor) {
        return actor.role() == Role.NATIONAL_ANALYST || (actor.role() == Role.MANAGER && actor.unitId() != null);
    }

    /** The cohort a reader starts from: their office (a manager) or the country, referred in the last year. */
    public Cohort defaultCohort(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> offices = actor.role() == Role.MANAGER && actor.unitId() != null
                ? List.of(actor.unitId().value()) : List.of();
        return new Cohort(CohortBasis.REFERRAL, today.minusYears(1).plusDays(1), today, offices, List.of());
    }

    /** Probation offices an analyst may choose from (a manager has only their own). */
    public List<UnitView> offices(Actor actor) {
        List<UnitView> all = directory.unitsOfType(AgencyType.PROBATION);
        return actor.role() == Role.MANAGER
                ? all.stream().filter(u -> actor.unitId() != null && u.id().equals(actor.unitId().value())).toList()
                : all;
    }

    public List<Municipality> municipalities() {
        return directory.municipalities();
    }

    /**
     * The figures, in the reader's language. Refuses (and audits) a reader who may not see them, or a manager's
     * request for another office; refuses at the field a period that is empty, inverted or longer than
     * {@value #MAX_YEARS} years, and an unknown office or municipality.
     */
    public FiguresView figures(Actor actor, Cohort requested, String purpose, Locale locale) {
        validate(requested);
        Cohort cohort = authorised(actor, requested, purpose);
        boolean suppress = actor.role() != Role.MANAGER || cohort.offices().size() != 1;
        audit.record(new AuditEvent(AUDIT_ACTION, AuditEvent.Outcome.ALLOWED, "followup", scope(cohort), purpose,
                describe(cohort) + "; suppressed=" + suppress, actor, null));
        LocalDate reference = cohort.referenceDate(LocalDate.now(clock));
        Map<UUID, String> officeNames = new java.util.HashMap<>();
        Map<String, String> municipalityNames = directory.municipalities().stream()
                .collect(Collectors.toMap(Municipality::code, Municipality::name));
        List<RawFigure> raw = rows.read(cohort, reference, data -> {
            officeNames.putAll(directory.names(data.offices()));
            List<RawFigure> figures = new ArrayList<>();
            figures.addAll(ClientFigures.of(data, officeNames, municipalityNames));
            figures.addAll(GroupFigures.of(data));
            figures.addAll(NeedsPlanFigures.of(data));
            figures.addAll(CustodyFigures.of(data, clock.getZone()));
            figures.addAll(MeetingFigures.of(data, officeNames, municipalityNames));
            figures.addAll(counted.of(cohort, data));
            return figures;
        });
        FigureComposer composer = new FigureComposer(messages, locale);
        return new FiguresView(cohort, description(cohort, officeNames, municipalityNames, locale), reference,
                clock.instant(), suppress, raw.stream().map(f -> composer.compose(f, suppress)).toList());
    }

    private Cohort authorised(Actor actor, Cohort requested, String purpose) {
        if (actor.role() == Role.NATIONAL_ANALYST) {
            return requested;
        }
        if (actor.role() == Role.MANAGER && actor.unitId() != null) {
            UUID own = actor.unitId().value();
            if (requested.offices().stream().allMatch(own::equals)) {
                return new Cohort(requested.basis(), requested.from(), requested.to(), List.of(own),
                        requested.municipalities());
            }
            refuse(actor, requested, purpose, "followup.refused.otherOffice");
        }
        refuse(actor, requested, purpose, "followup.refused.role");
        throw new IllegalStateException("unreachable");
    }

    private void refuse(Actor actor, Cohort requested, String purpose, String reasonKey) {
        audit.record(new AuditEvent(AUDIT_ACTION, AuditEvent.Outcome.DENIED, "followup", scope(requested), purpose,
                describe(requested) + "; refused=" + reasonKey, actor, null));
        throw new AccessRefusedException(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE, reasonKey);
    }

    private void validate(Cohort cohort) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (cohort.to().isBefore(cohort.from())) {
            problems.add(new InvalidInputException.Problem("to", "followup.error.inverted"));
        } else if (cohort.to().isAfter(cohort.from().plusYears(MAX_YEARS).minusDays(1))) {
            problems.add(new InvalidInputException.Problem("to", "followup.error.tooLong", MAX_YEARS));
        }
        Set<UUID> offices = new HashSet<>();
        directory.unitsOfType(AgencyType.PROBATION).forEach(u -> offices.add(u.id()));
        if (!offices.containsAll(cohort.offices())) {
            problems.add(new InvalidInputException.Problem("office", "followup.error.unknownOffice"));
        }
        Set<String> municipalities = directory.municipalities().stream().map(Municipality::code)
                .collect(Collectors.toSet());
        if (!municipalities.containsAll(cohort.municipalities())) {
            problems.add(new InvalidInputException.Problem("municipality", "followup.error.unknownMunicipality"));
        }
        InvalidInputException.throwIfAny(problems);
    }

    private static String scope(Cohort cohort) {
        return cohort.national() ? "national" : cohort.offices().size() == 1 && cohort.municipalities().isEmpty()
                ? "office:" + cohort.offices().get(0) : "selection";
    }

    /** For the audit log: the cohort's fields, no names (offices by id, municipalities by code). */
    static String describe(Cohort cohort) {
        return "basis=" + cohort.basis() + "; from=" + cohort.from() + "; to=" + cohort.to() + "; offices="
                + cohort.offices() + "; municipalities=" + cohort.municipalities();
    }

    private String description(Cohort cohort, Map<UUID, String> officeNames, Map<String, String> municipalityNames,
                               Locale locale) {
        String all = messages.getMessage("followup.cohort.all", null, locale);
        String offices = cohort.offices().isEmpty() ? all : cohort.offices().stream()
                .map(id -> officeNames.computeIfAbsent(id, k -> directory.names(List.of(k)).getOrDefault(k, k.toString())))
                .collect(Collectors.joining(", "));
        String municipalities = cohort.municipalities().isEmpty() ? all : cohort.municipalities().stream()
                .map(code -> municipalityNames.getOrDefault(code, code)).collect(Collectors.joining(", "));
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        return messages.getMessage("followup.cohort.description." + cohort.basis(), new Object[] {
                iso.format(cohort.from()), iso.format(cohort.to()), offices, municipalities}, locale);
    }
}
