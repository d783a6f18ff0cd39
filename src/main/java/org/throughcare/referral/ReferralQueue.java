package org.throughcare.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.directory.ServiceManagement;
import org.throughcare.directory.ServiceSearch;
import org.throughcare.directory.ServiceView;
import org.throughcare.referral.internal.ReferralWaiting;
import org.throughcare.referral.internal.Referrals;
import org.throughcare.shared.AccessGate;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.PageRequest;
import org.throughcare.shared.ResultPage;
import org.throughcare.shared.Role;

/**
 * The receiving side's queue: the referrals sent to the reader's own organisation. The order and each referral's
 * place are worked out over all of them; what is shown of each passes the gate (its area's category, and the
 * client's basic facts for the name), so each referral shown is audited and a referral consent no longer covers
 * keeps its place without telling whose or what it is.
 */
@Service
public class ReferralQueue {

    static final String PURPOSE = "referral queue";

    private final ReferralWaiting waiting;
    private final ServiceManagement services;
    private final AccessGate gate;
    private final ClientAccessFacts clients;
    private final AuditLog audit;
    private final Clock clock;

    ReferralQueue(ReferralWaiting waiting, ServiceManagement services, AccessGate gate, ClientAccessFacts clients,
                  AuditLog audit, Clock clock) {
        this.waiting = waiting;
        this.services = services;
        this.gate = gate;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the reader works at an organisation that receives referrals — a partner's or a prison's staff — and so
     * has a queue to be shown (no audit: nothing is read).
     */
    public static boolean hasQueue(Actor actor) {
        return actor.organisationId() != null
                && (actor.role() == Role.PARTNER_WORKER || actor.role() == Role.PRISON_STAFF);
    }

    @Transactional(readOnly = true)
    public QueueView queue(Actor actor, QueueView.Part part, PageRequest page) {
        if (!hasQueue(actor)) {
            audit.recordAccess(List.of(new AuditEvent("REFERRAL_QUEUE", AuditEvent.Outcome.DENIED, "organisation",
                    null, PURPOSE, "not a receiving organisation's staff", actor, null)));
            throw new AccessRefusedException(Ground.NO_CLIENT_DATA_FOR_ROLE, "error.referralQueue.notReceivingStaff");
        }
        UUID organisation = actor.organisationId().value();
        List<ServiceView> own = services.search(new ServiceSearch(null, null, null, null, false, organisation, null,
                ServiceSearch.Sort.NAME, false), PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        List<Referrals.Row> rows = waiting.toOrganisation(organisation, part == QueueView.Part.WAITING
                ? ReferralWaiting.WAITING : List.of(ReferralStatus.STARTED));
        Map<UUID, Integer> positions = new HashMap<>();
        Map<UUID, Integer> counted = new HashMap<>();
        for (Referrals.Row row : rows) {
            positions.put(row.id(), counted.merge(row.serviceId(), 1, Integer::sum));
        }
        int from = (int) Math.min(page.offset(), rows.size());
        List<Referrals.Row> shown = rows.subList(from, Math.min(from + page.size(), rows.size()));
        Map<UUID, String> serviceNames = new HashMap<>();
        own.forEach(s -> serviceNames.put(s.id(), s.name()));
        List<QueueLineView> lines = new ArrayList<>();
        for (Referrals.Row row : shown) {
            lines.add(line(actor, row, positions.get(row.id()), serviceNames));
        }
        return new QueueView(own, part, new ResultPage<>(lines, page.number(), page.size(), rows.size()));
    }

    private QueueLineView line(Actor actor, Referrals.Row row, int position, Map<UUID, String> serviceNames) {
        ClientId client = new ClientId(row.clientId());
        DataCategory category = row.needArea().category();
        Map<DataCategory, Ground> grounds = gate.checkEach(actor, client,
                EnumSet.of(category, DataCategory.BASIC_AND_CUSTODY), Action.READ, PURPOSE);
        LocalDate sent = LocalDate.ofInstant(row.referredAt(), clock.getZone());
        LocalDate until = row.status() == ReferralStatus.STARTED
                ? LocalDate.ofInstant(row.changedAt(), clock.getZone()) : LocalDate.now(clock);
        long days = ChronoUnit.DAYS.between(sent, until);
        String serviceName = serviceNames.getOrDefault(row.serviceId(), "?");
        if (!grounds.get(category).allows()) {
            return new QueueLineView(row.id(), null, false, null, row.serviceId(), serviceName, null, null,
                    row.status(), row.status().fhirTaskStatus(), position, days, null, row.referredAt());
        }
        String name = grounds.get(DataCategory.BASIC_AND_CUSTODY).allows()
                ? clients.addressing(client).map(ClientAccessFacts.Addressing::fullName).orElse(null) : null;
        return new QueueLineView(row.id(), row.clientId(), true, name, row.serviceId(), serviceName, row.needArea(),
                row.urgency(), row.status(), row.status().fhirTaskStatus(), position, days, row.expectedStart(),
                row.referredAt());
    }
}
