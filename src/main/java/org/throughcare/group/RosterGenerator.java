package org.throughcare.group;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.throughcare.client.CohortGenerator.GeneratedCase;
import org.throughcare.client.Stage;
import org.throughcare.directory.AgencyType;
import org.throughcare.shared.DataCategory;

/**
 * Groups and consents for generated cases (demo, benchmarks): every case that reached consent gets a group formed
 * between its consent and its enrolment, with the agencies the seeds report (social services nearly always,
 * addiction care for about half, the employment service for half, housing, psychiatry, debt advice and civil
 * society less often), and, for most, a documented consent naming those agencies from the day it was given. The
 * group ends when the client leaves the programme; a withdrawal withdraws the consent. Written in JDBC batches
 * and dated as if recorded live, like the cases themselves.
 */
@NamedInterface("api")
@Service
public class RosterGenerator {

    /** A directory contact who can sit in a group in a municipality. */
    public record Candidate(UUID contactId, String personName, UUID organisationId, AgencyType agencyType) {
    }

    /** @param candidates by municipality code: who may be put in a group there */
    public record Request(Map<String, List<Candidate>> candidates, UUID recordedBy, long seed) {
    }

    // Per cent of groups with each kind of agency, as the seeds describe the trials' groups.
    private static final Map<AgencyType, Integer> SHARE = new LinkedHashMap<>();
    static {
        SHARE.put(AgencyType.SOCIAL_SERVICES, 95);
        SHARE.put(AgencyType.ADDICTION_CARE, 45);
        SHARE.put(AgencyType.EMPLOYMENT_SERVICE, 50);
        SHARE.put(AgencyType.HOUSING, 35);
        SHARE.put(AgencyType.CIVIL_SOCIETY, 30);
        SHARE.put(AgencyType.PRISON, 60);
        SHARE.put(AgencyType.PSYCHIATRY, 20);
        SHARE.put(AgencyType.DEBT_ENFORCEMENT, 20);
        SHARE.put(AgencyType.SOCIAL_INSURANCE, 15);
        SHARE.put(AgencyType.POLICE, 5);
    }
    /** Stands for the scanned form: a PDF header, so it is recognised as what a signed form is uploaded as. */
    private static final byte[] FORM = "%PDF-1.4\n% generated: the signed form was not scanned\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RosterGenerator(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A writer for the batches {@code CohortGenerator} hands over, inside its transaction. */
    public Consumer<List<GeneratedCase>> writer(Request request) {
        Random random = new Random(request.seed());
        return batch -> write(batch, request, random);
    }

    private void write(List<GeneratedCase> batch, Request request, Random random) {
        Instant now = clock.instant();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> consents = new ArrayList<>();
        List<Object[]> organisations = new ArrayList<>();
        List<Object[]> categories = new ArrayList<>();
        for (GeneratedCase c : batch) {
            List<Candidate> here = request.candidates().getOrDefault(c.municipalityCode(), List.of());
            if (c.consentedOn() == null || here.isEmpty()) {
                continue;
            }
            LocalDate formed = c.enrolledOn() == null ? c.consentedOn() : c.enrolledOn();
            Set<AgencyType> kinds = EnumSet.noneOf(AgencyType.class);
            Set<UUID> named = new java.util.LinkedHashSet<>();
            for (Map.Entry<AgencyType, Integer> share : SHARE.entrySet()) {
                List<Candidate> ofKind = here.stream().filter(k -> k.agencyType() == share.getKey()).toList();
                if (ofKind.isEmpty() || random.nextInt(100) >= share.getValue()) {
                    continue;
                }
                Candidate who = ofKind.get(random.nextInt(ofKind.size()));
                kinds.add(who.agencyType());
                named.add(who.organisationId());
                LocalDate from = c.consentedOn().plusDays(random.nextInt(
                        (int) (formed.toEpochDay() - c.consentedOn().toEpochDay()) + 1));
                boolean ended = c.endedOn() != null;
                members.add(new Object[] {UUID.randomUUID(), c.id().value(), who.contactId(), who.personName(),
                        who.organisationId(), role(who.agencyType()).name(), from, ended ? c.endedOn() : null,
                        request.recordedBy(), at(from, random, now), ended ? request.recordedBy() : null,
                        ended ? at(c.endedOn(), random, now) : null,
                        ended ? (c.stage() == Stage.COMPLETED ? "Programme completed" : "Left the programme") : null});
            }
            // Most consents are documented; the rest are what consent completeness is there to find.
            if (named.isEmpty() || random.nextInt(100) >= 92) {
                continue;
            }
            UUID consent = UUID.randomUUID();
            boolean written = random.nextInt(100) < 75;
            boolean withdrawn = c.stage() == Stage.WITHDREW;
            consents.add(new Object[] {consent, c.id().value(), written ? "WRITTEN" : "ORAL", c.consentedOn(),
                    written ? null : "Kontaktman på anstalten", "2026-1", c.consentedOn().plusYears(1),
                    request.recordedBy(), at(c.consentedOn(), random, now), written ? "samtycke.pdf" : null,
                    written ? "application/pdf" : null, written ? FORM : null, withdrawn ? c.endedOn() : null,
                    withdrawn ? "Told the coordinator" : null, withdrawn ? request.recordedBy() : null,
                    withdrawn ? at(c.endedOn(), random, now) : null});
            named.forEach(o -> organisations.add(new Object[] {consent, o}));
            EnumSet<DataCategory> covered = EnumSet.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.NEEDS_ASSESSMENT,
                    DataCategory.PLAN_AND_MEASURES, DataCategory.MEETING_MINUTES);
            if (kinds.contains(AgencyType.ADDICTION_CARE) || kinds.contains(AgencyType.PSYCHIATRY)) {
                covered.add(DataCategory.HEALTH_AND_SUBSTANCE_USE);
            }
            if (kinds.contains(AgencyType.DEBT_ENFORCEMENT)) {
                covered.add(DataCategory.FINANCES_AND_DEBT);
            }
            covered.forEach(k -> categories.add(new Object[] {consent, k.name()}));
        }
        jdbc.batchUpdate("""
                insert into group_member (id, client_id, contact_id, person_name, organisation_id, group_role,
                  from_date, to_date, added_by, added_at, ended_by, ended_at, end_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", members);
        jdbc.batchUpdate("""
                insert into consent (id, client_id, consent_form, given_on, witness, told_about_confidentiality,
                  text_version, valid_until, documented_by, documented_at, document_name, document_type, document,
                  withdrawn_on, withdrawal_how, withdrawn_by, withdrawn_at)
                values (?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", consents);
        jdbc.batchUpdate("insert into consent_organisation (consent_id, organisation_id) values (?, ?)", organisations);
        jdbc.batchUpdate("insert into consent_category (consent_id, category) values (?, ?)", categories);
    }

    private static GroupRole role(AgencyType type) {
        return switch (type) {
            case PRISON, POLICE -> GroupRole.CONTACT_OFFICER;
            case ADDICTION_CARE, PSYCHIATRY -> GroupRole.TREATMENT;
            case CIVIL_SOCIETY -> GroupRole.SUPPORT_CONTACT;
            default -> GroupRole.CASE_WORKER;
        };
    }

    /** Recorded that day during working hours, as if live; never after now. */
    private Timestamp at(LocalDate day, Random random, Instant now) {
        Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(420))).atZone(clock.getZone()).toInstant();
        return Timestamp.from(at.isAfter(now) ? now : at);
    }
}
