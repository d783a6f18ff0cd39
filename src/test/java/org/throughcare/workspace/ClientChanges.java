package org.throughcare.workspace;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.throughcare.assessment.AssessmentManagement;
import org.throughcare.shared.NeedArea;
import org.throughcare.assessment.Rating;
import org.throughcare.meeting.BookMeeting;
import org.throughcare.meeting.MeetingManagement;
import org.throughcare.meeting.PlaceKind;
import org.throughcare.plan.AddGoal;
import org.throughcare.plan.AssignMeasure;
import org.throughcare.plan.MeasureType;
import org.throughcare.plan.MeasureWork;
import org.throughcare.plan.Phase;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.plan.PlanManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/**
 * A client with something behind every form of a client's pages (a member, a consent, an assessment, a goal,
 * a measure waiting for the partner's organisation), and every change those pages can post, each with a
 * valid payload: a refusal must then be the role's, never a field's.
 */
final class ClientChanges {

    final ClientId client;
    final UUID consent;
    final UUID member;
    final UUID goal;
    /** Waiting for the partner's organisation's answer. */
    final UUID measure;
    /** Accepted by the partner's organisation, so under way. */
    final UUID accepted;
    /** A meeting to come, the partner invited. */
    final UUID meeting;
    private final JdbcClient jdbc;
    private final PlanFixtures fixtures;

    ClientChanges(JdbcClient jdbc, PlanFixtures fixtures, AssessmentManagement assessments, PlanManagement plans,
                  MeasureWork work, MeetingManagement meetings) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        client = fixtures.clientInCustody("Offered Actions Client", 50);
        fixtures.join(client, "partner");
        consent = fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.NEEDS_ASSESSMENT);
        member = jdbc.sql("select id from group_member where client_id = :c and user_id = :u")
                .param("c", client.value()).param("u", fixtures.actor("partner").userId().value())
                .query(UUID.class).single();
        assessments.record(client, PlanFixtures.assessment(null, NeedArea.ACCOMMODATION, Rating.SIGNIFICANT),
                fixtures.actor("coordinator"));
        goal = plans.addGoal(client, new AddGoal(NeedArea.ACCOMMODATION, "A home of his own"),
                fixtures.actor("coordinator"));
        measure = measure(plans, "A flat through the housing team");
        accepted = measure(plans, "Support with the tenancy");
        work.accept(client, accepted, null, fixtures.actor("partner"));
        meeting = meetings.book(client, meetingForm(null), fixtures.actor("coordinator"));
    }

    private UUID measure(PlanManagement plans, String description) {
        return plans.addMeasure(client, new AssignMeasure(NeedArea.ACCOMMODATION, description, MeasureType.HOUSING,
                fixtures.organisation("Socialtjänsten Umeå"), fixtures.actor("partner").userId().value(), null,
                Phase.AFTER_RELEASE, null, null, null), fixtures.actor("coordinator"));
    }

    private BookMeeting meetingForm(Long version) {
        return new BookMeeting(LocalDate.now().plusDays(10), LocalTime.of(9, 0), 60, PlaceKind.INSTITUTION, null,
                "Visiting room", null, "Housing", true, List.of("user:" + fixtures.actor("partner").userId()), null,
                version);
    }

    /** Every change a client's pages can post, by action, with a payload that passes every field check. */
    Map<String, Map<String, String>> all() {
        String base = "/clients/" + client;
        String today = LocalDate.now().toString();
        String m = base + "/plan/measures/" + measure;
        String a = base + "/plan/measures/" + accepted;
        String socialServices = fixtures.organisation("Socialtjänsten Umeå").toString();
        String version = "" + clientVersion();
        String measureVersion = "" + jdbc.sql("select version from plan_measure where id = :m").param("m", measure)
                .query(Long.class).single();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        changes.put(base + "/stage", Map.of("to", "WITHDREW", "effectiveOn", today, "reason", "Moved away",
                "version", version));
        changes.put(base + "/handover", Map.of("newCoordinatorId", fixtures.actor("manager").userId().toString(),
                "on", today, "reason", "Leave", "version", version));
        changes.put(base + "/custody", Map.of("institutionId", fixtures.organisation("Anstalten Umeå").toString(),
                "conditionalReleaseDate", LocalDate.now().plusDays(70).toString(), "reason", "Moved by the court",
                "version", version));
        changes.put(base + "/custody-events/transfer", Map.of("effectiveOn", today,
                "institutionId", fixtures.organisation("Anstalten Skänninge").toString(), "reason", "Moved",
                "version", version));
        changes.put(base + "/custody-events/release-date", Map.of("effectiveOn",
                LocalDate.now().plusDays(70).toString(), "reason", "Moved by the court", "version", version));
        Map<String, String> screening = new LinkedHashMap<>();
        for (String criterion : List.of("releaseInWindow", "riskMediumOrHigh", "sentenceLongEnough", "severalAgencies",
                "motivated", "noExpulsion")) {
            screening.put(criterion, "MET");
        }
        screening.putAll(Map.of("decision", "ELIGIBLE", "reason", "Needs housing and work", "version", version));
        changes.put(base + "/screening", screening);
        changes.put(base + "/group/members", Map.of("person", "user:" + fixtures.actor("employment").userId(),
                "role", "CASE_WORKER", "from", today));
        changes.put(base + "/group/members/" + member + "/end", Map.of("to", today, "reason", "Case closed"));
        changes.put(base + "/consents", Map.of("form", "DIGITAL", "givenOn", today, "toldAboutConfidentiality", "true",
                "textVersion", "2026-1", "organisationIds", socialServices, "categories", "BASIC_AND_CUSTODY"));
        changes.put(base + "/consents/" + consent + "/withdrawal", Map.of("on", today, "how", "By phone"));
        Map<String, String> assessment = new LinkedHashMap<>();
        assessment.put("assessedOn", today);
        NeedArea[] areas = NeedArea.values();
        for (int i = 0; i < areas.length; i++) {
            assessment.put("areas[" + i + "].area", areas[i].name());
            assessment.put("areas[" + i + "].rating", "NO_NEED");
        }
        changes.put(base + "/assessment", assessment);
        changes.put(base + "/plan/goals", Map.of("area", "ACCOMMODATION", "description", "Keep the flat"));
        changes.put(base + "/plan/goals/" + goal, Map.of("description", "A home of his own, near work",
                "version", "" + jdbc.sql("select version from plan_goal where id = :g").param("g", goal)
                        .query(Long.class).single()));
        Map<String, String> measureForm = Map.of("area", "ACCOMMODATION", "description", "A flat, second try",
                "type", "HOUSING", "ownerOrganisationId", socialServices, "phase", "AFTER_RELEASE",
                "responsible", "user:" + fixtures.actor("partner").userId());
        changes.put(base + "/plan/measures", measureForm);
        Map<String, String> edit = new LinkedHashMap<>(measureForm);
        edit.put("version", measureVersion);
        changes.put(m, edit);
        changes.put(base + "/plan/release-day", Map.of("items[0].item", "FIRST_NIGHT",
                "items[0].arrangement", "Hostel on Storgatan", "items[0].ownerOrganisationId", socialServices));
        changes.put(m + "/accept", Map.of("version", measureVersion));
        changes.put(m + "/decline", Map.of("reason", "No flats this winter", "version", measureVersion));
        changes.put(a + "/progress", Map.of("status", "IN_PROGRESS", "note", "Viewing on Monday"));
        changes.put(a + "/notes", Map.of("writtenOn", today, "text", "Called the landlord"));
        changes.put("/measures/" + client + "/" + measure + "/accept", Map.of("version", measureVersion));
        String meetingVersion = "" + jdbc.sql("select version from meeting where id = :m").param("m", meeting)
                .query(Long.class).single();
        Map<String, String> booking = new LinkedHashMap<>(Map.of("startsOn", LocalDate.now().plusDays(12).toString(),
                "startsAt", "13:00", "durationMinutes", "45", "placeKind", "INSTITUTION", "agenda", "Work",
                "clientInvited", "true", "invitees", "user:" + fixtures.actor("partner").userId()));
        changes.put(base + "/meetings", booking);
        Map<String, String> moved = new LinkedHashMap<>(booking);
        moved.put("version", meetingVersion);
        changes.put(base + "/meetings/" + meeting, moved);
        changes.put(base + "/meetings/" + meeting + "/cancel", Map.of("reason", "The room is taken",
                "version", meetingVersion));
        return changes;
    }

    long clientVersion() {
        return jdbc.sql("select version from client where id = :id").param("id", client.value()).query(Long.class)
                .single();
    }

    /** Everything a change to this client leaves behind, as one line: equal before and after, nothing was saved. */
    String fingerprint() {
        return jdbc.sql("""
                        select concat_ws(',', (select version from client where id = :c),
                          (select count(*) from key_date_change where client_id = :c),
                          (select count(*) from custody_event where client_id = :c),
                          (select count(*) from stage_transition where client_id = :c),
                          (select count(*) from eligibility_screening where client_id = :c),
                          (select count(*) from coordinator_change where client_id = :c),
                          (select count(*) from group_member where client_id = :c),
                          (select count(*) from group_member where client_id = :c and to_date is not null),
                          (select count(*) from consent where client_id = :c),
                          (select count(*) from consent where client_id = :c and withdrawn_on is not null),
                          (select count(*) from assessment where client_id = :c),
                          (select count(*) from plan_change where client_id = :c),
                          (select coalesce(sum(version), 0) from plan_measure where client_id = :c),
                          (select coalesce(sum(version), 0) from plan_goal where client_id = :c),
                          (select count(*) from release_day_item where client_id = :c),
                          (select count(*) from plan_measure_note n join plan_measure m on m.id = n.measure_id
                            where m.client_id = :c),
                          (select count(*) from meeting where client_id = :c),
                          (select coalesce(sum(version), 0) from meeting where client_id = :c))""")
                .param("c", client.value()).query(String.class).single();
    }
}
