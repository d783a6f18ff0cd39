package org.throughcare.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.directory.internal.DirectoryQueries;
import org.throughcare.directory.internal.Organisations;
import org.throughcare.directory.internal.ServiceOffering;
import org.throughcare.directory.internal.ServiceOfferings;
import org.throughcare.directory.internal.ServiceQueries;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.NotFoundException;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;
import org.throughcare.shared.StaleEditException;

/**
 * The services organisations offer: finding them, and the changes the administrator and the organisation's
 * own staff make to them. Services are directory data, not client data, so reads pass no access gate;
 * every change is audited.
 */
@NamedInterface("api")
@Service
public class ServiceManagement {

    private final ServiceOfferings services;
    private final ServiceQueries serviceQueries;
    private final Organisations organisations;
    private final DirectoryQueries directoryQueries;
    private final ObjectProvider<WaitingTimes> waitingTimes;
    private final AuditLog audit;
    private final Clock clock;

    ServiceManagement(ServiceOfferings services, ServiceQueries serviceQueries, Organisations organisations,
                      DirectoryQueries directoryQueries, ObjectProvider<WaitingTimes> waitingTimes, AuditLog audit,
                      Clock clock) {
        this.services = services;
        this.serviceQueries = serviceQueries;
        this.organisations = organisations;
        this.directoryQueries = directoryQueries;
        this.waitingTimes = waitingTimes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The administrator maintains every service; anyone else only those of their own organisation. */
    public static boolean mayMaintain(Actor actor, UUID organisationId) {
        return actor.role() == Role.ADMINISTRATOR || (actor.organisationId() != null
                && actor.organisationId().value().equals(organisationId));
    }

    @Transactional(readOnly = true)
    public ResultPage<ServiceView> search(ServiceSearch search, PageRequest page) {
        ResultPage<UUID> ids = serviceQueries.search(search, page);
        Map<UUID, ServiceView> views = views(services.findAllById(ids.items()));
        return ids.map(views::get);
    }

    @Transactional(readOnly = true)
    public ServiceView service(UUID id) {
        return views(List.of(services.findById(id).orElseThrow(() -> new NotFoundException("service")))).get(id);
    }

    @Transactional
    public UUID createService(Actor actor, SaveService form) {
        requireMaintainer(actor, form.organisationId());
        checkReferences(form);
        ServiceOffering service = services.save(ServiceOffering.create(form, clock.instant()));
        audit.record(AuditEvent.change("SERVICE_CREATED", "service", service.id(), describe(form)));
        return service.id();
    }

    @Transactional
    public void updateService(Actor actor, UUID id, SaveService form) {
        ServiceOffering service = services.findById(id).orElseThrow(() -> new NotFoundException("service"));
        requireMaintainer(actor, service.organisationId());
        if (form.version() == null || form.version() != service.version()) {
            throw new StaleEditException("service");
        }
        if (!service.organisationId().equals(form.organisationId())) {
            throw new InvalidInputException("organisationId", "validation.service.organisationFixed");
        }
        checkReferences(form);
        service.apply(form, clock.instant());
        Saving.orStale(() -> services.save(service), "service");
        audit.record(AuditEvent.change("SERVICE_CHANGED", "service", id, describe(form)));
    }

    /**
     * The service's own staff (or the administrator) tell how many places are free, e.g. from their queue. Only
     * the capacity changes; a change made on a version someone else changed meanwhile is refused as stale.
     */
    @Transactional
    public void updateCapacity(Actor actor, UUID id, SaveCapacity form) {
        ServiceOffering service = services.findById(id).orElseThrow(() -> new NotFoundException("service"));
        requireMaintainer(actor, service.organisationId());
        if (form.version() == null || form.version() != service.version()) {
            throw new StaleEditException("service");
        }
        service.applyCapacity(form.available(), form.maximum(), form.unit(), clock.instant());
        Saving.orStale(() -> services.save(service), "service");
        audit.record(AuditEvent.change("SERVICE_CAPACITY_CHANGED", "service", id,
                "capacity=" + form.available() + "/" + form.maximum() + " " + form.unit()));
    }

    /**
     * Refuses, with the true reason, anyone but the administrator and the organisation's own staff. The refusal
     * is audited and stays in the log although the refused request's transaction rolls back.
     */
    public void requireMaintainer(Actor actor, UUID organisationId) {
        if (!mayMaintain(actor, organisationId)) {
            audit.recordAccess(List.of(new AuditEvent("SERVICE_CHANGE", AuditEvent.Outcome.DENIED, "organisation",
                    String.valueOf(organisationId), "service maintenance", "not the organisation's staff", actor,
                    null)));
            // Services are no client data; the ground only tells the log that the role, not consent, refused.
            throw new AccessRefusedException(AccessGate.Ground.NO_CLIENT_DATA_FOR_ROLE, "error.changeRefused.service");
        }
    }

    private void checkReferences(SaveService form) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (!organisations.existsById(form.organisationId())) {
            problems.add(new InvalidInputException.Problem("organisationId", "validation.service.organisationUnknown"));
        }
        for (String code : form.municipalityCodes()) {
            if (!directoryQueries.municipalityExists(code.strip())) {
                problems.add(new InvalidInputException.Problem("municipalityCodes", "validation.municipality.unknown",
                        code));
                break;
            }
        }
        InvalidInputException.throwIfAny(problems);
    }

    private Map<UUID, ServiceView> views(Iterable<ServiceOffering> found) {
        List<ServiceOffering> list = new ArrayList<>();
        found.forEach(list::add);
        Map<UUID, String> names = directoryQueries.names(list.stream().map(ServiceOffering::organisationId).toList());
        Map<String, Municipality> municipalities = directoryQueries.municipalities(list.stream()
                        .flatMap(s -> s.municipalityCodes().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity()));
        WaitingTimes waiting = waitingTimes.getIfAvailable();
        return list.stream().collect(Collectors.toMap(ServiceOffering::id, s -> new ServiceView(s.id(), s.version(),
                s.organisationId(), names.get(s.organisationId()), s.name(), s.description(), s.status(),
                s.eligibilityDescription(), s.needAreas(),
                s.municipalityCodes().stream().map(municipalities::get).toList(), s.languages(), s.howToRefer(),
                s.requiredDocuments(), s.accredited(), new ServiceView.Capacity(s.capacityAvailable(),
                        s.capacityMaximum(), s.capacityUnit(), s.capacityUpdated()),
                Optional.ofNullable(waiting).flatMap(w -> w.medianDaysToStart(s.id())).orElse(null),
                Optional.ofNullable(waiting).flatMap(w -> w.queueLength(s.id())).orElse(null),
                s.updatedAt())));
    }

    private static String describe(SaveService form) {
        return "name=" + form.name().strip() + "; status=" + form.status() + "; organisation=" + form.organisationId()
                + "; areas=" + form.needAreas() + "; municipalities=" + String.join(",", form.municipalityCodes())
                + "; capacity=" + form.capacityAvailable() + "/" + form.capacityMaximum();
    }
}
