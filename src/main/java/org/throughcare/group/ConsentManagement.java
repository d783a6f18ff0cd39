package org.throughcare.group;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditLog;
import org.throughcare.client.ReferralDayRule;
import org.throughcare.directory.DirectoryManagement;
import org.throughcare.group.internal.Consents;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.AccessGate.Ground;
import org.throughcare.shared.AccessRefusedException;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;
import org.throughcare.shared.NotFoundException;

/**
 * Documenting a client's consent and its withdrawal (D3), and what consent covers for each organisation
 * of the group today. Reading needs what reading the case needs; documenting and withdrawing are for those
 * the access gate lets change the case.
 */
@NamedInterface("api")
@Service
public class ConsentManagement {

    private final Consents consents;
    private final AccessPolicy gate;
    private final GroupManagement groups;
    private final DirectoryManagement directory;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxDocumentBytes;
    private final ReferralDayRule referralDay;

    ConsentManagement(Consents consents, AccessPolicy gate, GroupManagement groups,
                      DirectoryManagement directory,
                      IdentityManagement identity, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                      @Value("${throughcare.consent.max-document-size:5MB}") DataSize maxDocumentSize,
                      ReferralDayRule referralDay) {
        this.referralDay = referralDay;
        this.consents = consents;
        this.gate = gate;
        this.groups = groups;
        this.directory = directory;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxDocumentBytes = maxDocumentSize.toBytes();
    }

    @Transactional
    public UUID record(ClientId clientId, RecordConsent consent, ConsentDocument document, Actor actor) {
        gate.requireChange(actor, clientId, "document consent");
        List<Problem> problems = new ArrayList<>();
        if (!consent.toldAboutConfidentiality()) {
            problems.add(new Problem("toldAboutConfidentiality", "validation.consent.mustBeTold"));
        }
        if (consent.form() == ConsentForm.ORAL && (consent.witness() == null || consent.witness().isBlank())) {
            problems.add(new Problem("witness", "validation.consent.witnessRequired"));
        }
        referralDay.problem(clientId, "givenOn", consent.givenOn()).ifPresent(problems::add);
        if (consent.validUntil() != null && !consent.validUntil().isAfter(consent.givenOn())) {
            problems.add(new Problem("validUntil", "validation.consent.validUntilAfterGiven"));
        }
        if (consents.text(consent.textVersion().strip(), "en").isEmpty()) {
            problems.add(new Problem("textVersion", "validation.consent.unknownText"));
        }
        if (consent.organisationIds().stream().anyMatch(o -> directory.agencyTypeOf(o).isEmpty())) {
            problems.add(new Problem("organisationIds", "validation.consent.unknownOrganisation"));
        }
        String documentType = null;
        boolean hasDocument = document != null && document.content() != null && document.content().length > 0;
        if (consent.form() == ConsentForm.WRITTEN && !hasDocument) {
            problems.add(new Problem("document", "validation.consent.documentRequired"));
        } else if (hasDocument) {
            documentType = SignedForms.typeOf(document.content());
            if (document.content().length > maxDocumentBytes) {
                problems.add(new Problem("document", "validation.consent.documentTooLarge",
                        DataSize.ofBytes(maxDocumentBytes).toMegabytes()));
            } else if (documentType == null) {
                problems.add(new Problem("document", "validation.consent.documentType"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        boolean afterwards = consent.givenOn().isBefore(LocalDate.now(clock));
        consents.insert(id, clientId.value(), consent, actor.userId().value(), clock.instant(), afterwards,
                hasDocument ? SignedForms.safeName(document.fileName(), documentType) : null, documentType,
                hasDocument ? document.content() : null);
        audit.record(AuditEvent.change("CONSENT_RECORDED", "client", clientId,
                consent.form() + " " + consent.categories() + " " + consent.organisationIds()
                        + (afterwards ? " entered afterwards" : "")));
        return id;
    }

    @Transactional
    public void withdraw(ClientId clientId, UUID consentId, WithdrawConsent withdrawal, Actor actor) {
        gate.requireChange(actor, clientId, "withdraw consent");
        Consents.Row row = consents.ofClient(clientId.value()).stream().filter(c -> c.id().equals(consentId))
                .findFirst().orElseThrow(() -> new NotFoundException("consent"));
        if (row.withdrawnOn() != null) {
            throw new InvalidInputException("on", "validation.consent.alreadyWithdrawn");
        }
        if (withdrawal.on().isBefore(row.givenOn())) {
            throw new InvalidInputException("on", "validation.consent.withdrawnBeforeGiven", row.givenOn());
        }
        java.time.Instant now = clock.instant();
        consents.withdraw(consentId, withdrawal.on(), withdrawal.how().strip(), actor.userId().value(), now,
                withdrawal.on().isBefore(LocalDate.now(clock)));
        audit.record(AuditEvent.change("CONSENT_WITHDRAWN", "client", clientId, consentId.toString()));
        events.publishEvent(new ConsentWithdrawn(clientId, consentId, withdrawal.on(), actor.userId(), now));
    }

    /**
     * The consents as this reader may see them (see package-info): health scopes, and the health and addiction
     * care agencies a consent names, only for readers of health data, a consent left with nothing to show not
     * at all; witness, withdrawal and the signed form's name only for those who manage the case.
     */
    @Transactional(readOnly = true)
    public List<ConsentView> consents(ClientId clientId, Actor actor) {
        Disclosure reader = Disclosure.decide(gate, actor, clientId, "consent list");
        List<Consents.Row> rows = consents.ofClient(clientId.value());
        Set<UUID> people = new HashSet<>();
        Set<UUID> organisations = new HashSet<>();
        rows.forEach(r -> {
            people.add(r.documentedBy());
            if (r.withdrawnBy() != null) {
                people.add(r.withdrawnBy());
            }
            organisations.addAll(r.organisations());
        });
        Set<UUID> hidden = reader.hiddenOrganisations(organisations, directory);
        Map<UUID, String> names = identity.displayNames(people);
        Map<UUID, String> organisationNames = directory.names(organisations);
        LocalDate today = LocalDate.now(clock);
        List<ConsentView> shown = new ArrayList<>();
        for (Consents.Row r : rows) {
            List<ConsentView.Organisation> covered = r.organisations().stream().filter(o -> !hidden.contains(o))
                    .map(o -> new ConsentView.Organisation(o, organisationNames.get(o))).toList();
            List<DataCategory> categories = reader.categories(r.categories());
            if (covered.isEmpty() || categories.isEmpty()) {
                continue;
            }
            shown.add(new ConsentView(r.id(), r.form(), r.givenOn(), reader.freeText(r.witness()), r.told(),
                    r.textVersion(), r.validUntil(), names.get(r.documentedBy()), covered, categories,
                    reader.freeText(r.documentName()), r.withdrawnOn(), reader.freeText(r.withdrawalHow()),
                    r.withdrawnBy() == null ? null : names.get(r.withdrawnBy()), status(r, today),
                    r.enteredAfterwards()));
        }
        return shown;
    }

    /**
     * For each organisation with a current member in the group that this reader may see: the categories consent
     * in force covers today, as far as the reader may know them.
     */
    @Transactional(readOnly = true)
    public List<ConsentCoverageView> coverage(ClientId clientId, Actor actor) {
        Disclosure reader = Disclosure.decide(gate, actor, clientId, "consent coverage");
        Map<UUID, String> organisations = new LinkedHashMap<>();
        groups.members(clientId, reader).stream().filter(MemberView::current)
                .forEach(m -> organisations.put(m.organisationId(), m.organisationName()));
        LocalDate today = LocalDate.now(clock);
        List<Consents.Row> inForce = consents.ofClient(clientId.value()).stream().filter(c -> c.inForceOn(today)).toList();
        return organisations.entrySet().stream().map(o -> {
            Set<DataCategory> covered = EnumSet.noneOf(DataCategory.class);
            inForce.stream().filter(c -> c.organisations().contains(o.getKey()))
                    .forEach(c -> covered.addAll(reader.categories(c.categories())));
            return new ConsentCoverageView(o.getKey(), o.getValue(), covered);
        }).toList();
    }

    /**
     * Whether a consent in force today covers this organisation for this category, whether or not anyone from it
     * is in the group: unguarded and unaudited, for a caller deciding whether something may be sent there (a
     * referral) after the gate let its actor make that change.
     */
    @Transactional(readOnly = true)
    public boolean covers(ClientId clientId, UUID organisationId, DataCategory category) {
        LocalDate today = LocalDate.now(clock);
        return consents.ofClient(clientId.value()).stream().anyMatch(c -> c.inForceOn(today)
                && c.organisations().contains(organisationId) && c.categories().contains(category));
    }

    /** The signed form: for the client's coordinator and the office manager, audited as its own read. */
    @Transactional(readOnly = true)
    public ConsentDocument document(ClientId clientId, UUID consentId, Actor actor) {
        Ground ground = gate.check(actor, clientId, DataCategory.BASIC_AND_CUSTODY, Action.READ_RESERVED,
                "signed consent form");
        if (!ground.allows()) {
            throw new AccessRefusedException(ground, "error.signedFormReserved");
        }
        Consents.Row row = consents.ofClient(clientId.value()).stream().filter(c -> c.id().equals(consentId))
                .findFirst().orElseThrow(() -> new NotFoundException("consent"));
        byte[] content = consents.document(consentId).orElseThrow(() -> new NotFoundException("consent document"));
        return new ConsentDocument(row.documentName(), content);
    }

    /** The information text the client is shown, in their language; English when there is none in it. */
    @Transactional(readOnly = true)
    public ConsentText text(String version, String language) {
        return consents.text(version, language).or(() -> consents.text(version, "en"))
                .map(t -> new ConsentText(t.version(), t.language(), t.title(), t.body(), t.publishedOn()))
                .orElseThrow(() -> new NotFoundException("consent text"));
    }

    @Transactional(readOnly = true)
    public List<String> textVersions() {
        return consents.textVersions();
    }

    private static ConsentView.Status status(Consents.Row row, LocalDate today) {
        if (row.withdrawnOn() != null && !row.withdrawnOn().isAfter(today)) {
            return ConsentView.Status.WITHDRAWN;
        }
        return row.inForceOn(today) ? ConsentView.Status.IN_FORCE : ConsentView.Status.EXPIRED;
    }
}
