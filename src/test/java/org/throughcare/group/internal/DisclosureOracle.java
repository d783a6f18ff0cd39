package org.throughcare.group.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.throughcare.client.Eligibility;
import org.throughcare.shared.DataCategory;

/**
 * The leak oracle for what surrounds the case — the group, the consents, their coverage, the signed forms and
 * the timeline — stated field by field with the category each field reveals:
 * <ul>
 * <li>a member (id, name, organisation, role) from psychiatry or addiction care, or in a treatment role:
 * {@code HEALTH_AND_SUBSTANCE_USE}; any other member: basic facts;</li>
 * <li>a consent's health scope, and a health organisation it names: {@code HEALTH_AND_SUBSTANCE_USE}; a consent
 * with nothing else left is not shown at all; its other scopes, organisations, dates and status: basic facts;</li>
 * <li>free text — a member's add and end reasons, a consent's witness, how it was withdrawn, the signed form's
 * name — and the signed form itself: only those who manage the case (its coordinator, the office manager);</li>
 * <li>on the timeline, a screening's decision and every reason: {@code CRIMINAL_HISTORY_AND_RISK}; that a step
 * happened, its stage and dates: basic facts. The case's eligibility: {@code CRIMINAL_HISTORY_AND_RISK}.</li>
 * <li>whether a step, a membership, a consent or a custody event was entered afterwards ({@code enteredAfterwards},
 * {@code endEnteredAfterwards}): nothing beyond that the record exists and when it was recorded, shown with the
 * record to whoever may see it.</li>
 * <li>the custody history (each event's kind, dates, institutions, municipalities, early-release form, return
 * reason, source, the sender's event id, who recorded it and when) and the current episode's early release and
 * release date: {@code BASIC_AND_CUSTODY}; an event's reason is free text, shown as the timeline's reasons are,
 * to readers of {@code CRIMINAL_HISTORY_AND_RISK}.</li>
 * <li>the access log — who (by name) read or changed which category, on which ground, for which purpose, and the
 * facts of each change — reveals every category: only those who manage the case, filtered or not.</li>
 * <li>on the start page, a line naming the client (a release coming up, a client newly shared) and its days to
 * release: basic facts; a measure's description: the plan and its area's categories; what is still missing on
 * a release (no owner for a need, no continuation, no first night, consent not documented for an agency):
 * only those who manage the case, who read every category; free text of the group and consents: never.</li>
 * <li>a notice in the inbox ({@code /api/v1/notifications}) of a moved release date: its recipients are the office
 * manager and each current member of the group who may read basic and custody facts when it is made (nobody is
 * told of their own change); the client's name and id, where it leads, the old and new date: basic and custody
 * facts; its reason (free text): only those who manage the case; its kind, times and whether it asks for an
 * acknowledgement: nothing beyond that the notice exists. Its {@code history} (the earlier changes of the same
 * client's custody facts folded into it: each one's kind and dates) is basic and custody facts too, shown only with
 * the notice; {@code reversed} (the chain ended where it began): nothing beyond that the notice exists.</li>
 * <li>a meeting in a calendar feed ({@code /calendar/<token>.ics}, fetched without signing in): its UID, start and
 * end, status, sequence, the kind of place (a prison's or probation office's name) and the link to the meeting (its
 * id, no client's): basic and custody facts of a meeting the feed's owner is invited to, listed only while they may
 * read them; never the client's name, id number or id, the agenda (meeting minutes), the room or who else is invited
 * (which agency is involved can be a health fact) — a calendar is outside our access control.</li>
 * <li>the client's printed invitation ({@code /clients/<id>/meetings/<m>/invitation}): the client's name, when,
 * where and who comes: basic and custody facts; an invitee from psychiatry or addiction care named only to readers
 * of {@code HEALTH_AND_SUBSTANCE_USE} or of their own organisation, as on the meeting page; the agenda never (the
 * client is told what to bring, not what the agencies will discuss).</li>
 * <li>the caller's e-mail settings ({@code /api/v1/notifications/settings}: frequency, language, version): their own
 * choice, about no client; each user reads only their own.</li>
 * <li>a referral ({@code /api/v1/referrals/{id}}, and its line in {@code /api/v1/clients/{id}/referrals}): that it
 * exists, its service and organisation (which agency is involved), need area, urgency, state and FHIR codes, goals
 * and outcomes, dates, the history's states, sides, people and times, and the free text — reason, the client's
 * wishes, the end note, each change's reason: the category of its need area; the client's name: basic facts; the
 * workers the service proposed for the group and the changes the reader may make: only those who manage the case
 * (or, for the changes, its sides). The list answers readers of basic facts or of any referral's category.</li>
 * </ul>
 * The outcome forms' fields and their categories are in {@link org.throughcare.followup.OutcomeOracle}.
 * Every free text is a word no other world has, so a body can be searched for it.
 */
final class DisclosureOracle {

    record Member(UUID id, UUID organisationId, boolean health, LocalDate from, LocalDate to, String addReason,
                  String endReason) {

        boolean currentOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    record Consent(UUID id, AccessRules.Consent terms, String witness, String withdrawal, String documentName) {
    }

    record Timeline(Eligibility decision, String screeningReason, String stageReason) {
    }

    record World(List<Member> members, List<Consent> consents, Set<UUID> healthOrganisations, Timeline timeline) {
    }

    private DisclosureOracle() {
    }

    /**
     * A referral in the needs-assessment category (to housing support), sent by the coordinator, as one reader sees
     * it and the client's list of referrals. @return whether the referral was shown
     */
    static boolean referral(org.springframework.mock.web.MockHttpServletResponse list,
                            org.springframework.mock.web.MockHttpServletResponse one, UUID referral, String name,
                            String reason, Set<DataCategory> readable, boolean manages, boolean member, String as)
            throws Exception {
        boolean shown = readable.contains(DataCategory.NEEDS_ASSESSMENT);
        boolean basic = readable.contains(DataCategory.BASIC_AND_CUSTODY);
        String listBody = list.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String body = one.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list.getStatus()).as("%sGET the client's referrals", as).isEqualTo(basic || shown ? 200 : 403);
        assertThat(one.getStatus()).as("%sGET the referral", as).isEqualTo(shown ? 200 : 403);
        if (list.getStatus() == 200) {
            assertThat(JsonPath.<List<String>>read(listBody, "$.referrals[*].id")).as("%sthe referrals listed", as)
                    .isEqualTo(shown ? List.of(referral.toString()) : List.of());
            // Offered to those who manage the case and to a current member who may contribute to the plan.
            assertThat(JsonPath.<Boolean>read(listBody, "$.mayRefer")).as("%smay refer", as)
                    .isEqualTo(manages || member && readable.contains(DataCategory.PLAN_AND_MEASURES));
        }
        assertThat(listBody).as("%sthe list tells no free text and no name", as).doesNotContain(reason)
                .doesNotContain(name);
        if (!shown) {
            assertThat(body + listBody).as("%sa refusal tells nothing", as).doesNotContain(reason)
                    .doesNotContain(name).doesNotContain("Boendestöd");
            return false;
        }
        assertThat(JsonPath.<String>read(body, "$.reason")).as("%sthe reason", as).isEqualTo(reason);
        assertThat(JsonPath.<String>read(body, "$.clientName")).as("%sthe client's name", as)
                .isEqualTo(basic ? name : null);
        assertThat(JsonPath.<List<Object>>read(body, "$.proposedMembers")).as("%sproposed members", as).isEmpty();
        assertThat(JsonPath.<List<String>>read(body, "$.next[*].to")).as("%sthe changes offered", as)
                .isEqualTo(manages ? List.of("CANCELLED") : List.of());
        if (!basic) {
            assertThat(body).as("%sno name without basic facts", as).doesNotContain(name);
        }
        return true;
    }

    /** The group, the consents and their coverage, as the reader who may read {@code readable} sees them. */
    static void group(World world, String roster, String consents, String coverage, Set<DataCategory> readable,
                      boolean manages, LocalDate today, String as) {
        boolean health = readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE);
        String all = roster + consents + coverage;
        List<Member> shown = world.members().stream().filter(m -> health || !m.health()).toList();
        assertThat(JsonPath.<List<String>>read(roster, "$.everyone[*].id")).as("%sroster members", as)
                .containsExactlyInAnyOrderElementsOf(shown.stream().map(m -> m.id().toString()).toList());
        for (Member m : world.members()) {
            for (String reason : new String[] {m.addReason(), m.endReason()}) {
                if (reason != null) {
                    assertThat(all.contains(reason)).as("%sreason %s shown", as, reason)
                            .isEqualTo(manages && (health || !m.health()));
                }
            }
        }
        if (!health) {
            assertThat(all).as("%sno health scope, agency or role", as).doesNotContain("HEALTH_AND_SUBSTANCE_USE")
                    .doesNotContain("TREATMENT");
            world.healthOrganisations().forEach(o -> assertThat(all).as("%shealth agency", as).doesNotContain(o.toString()));
        }

        Map<String, Set<String>> expected = new HashMap<>();
        for (Consent c : world.consents()) {
            Set<String> categories = c.terms().categories().stream()
                    .filter(k -> health || k != DataCategory.HEALTH_AND_SUBSTANCE_USE).map(Enum::name)
                    .collect(Collectors.toSet());
            boolean namesVisible = c.terms().organisations().stream()
                    .anyMatch(o -> health || !world.healthOrganisations().contains(o));
            if (!categories.isEmpty() && namesVisible) {
                expected.put(c.id().toString(), categories);
            }
            for (String text : new String[] {c.witness(), c.withdrawal(), c.documentName()}) {
                if (text != null) {
                    assertThat(all.contains(text)).as("%sconsent free text %s", as, text).isEqualTo(manages);
                }
            }
        }
        List<Map<String, Object>> listed = JsonPath.read(consents, "$[*]");
        assertThat(listed.stream().map(c -> (String) c.get("id")).toList()).as("%sconsents listed", as)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map<String, Object> c : listed) {
            assertThat(new HashSet<>(JsonPath.<List<String>>read(c, "$.categories"))).as("%sconsent scopes", as)
                    .isEqualTo(expected.get((String) c.get("id")));
        }

        Map<String, Set<String>> covered = new HashMap<>();
        for (Member m : shown) {
            if (m.currentOn(today)) {
                Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
                world.consents().stream().map(Consent::terms)
                        .filter(c -> c.inForceOn(today) && c.organisations().contains(m.organisationId()))
                        .forEach(c -> categories.addAll(c.categories()));
                covered.put(m.organisationId().toString(), categories.stream()
                        .filter(k -> health || k != DataCategory.HEALTH_AND_SUBSTANCE_USE).map(Enum::name)
                        .collect(Collectors.toSet()));
            }
        }
        List<Map<String, Object>> rows = JsonPath.read(coverage, "$[*]");
        assertThat(rows.stream().collect(Collectors.toMap(r -> (String) r.get("organisationId"),
                r -> new HashSet<>(JsonPath.<List<String>>read(r, "$.categories"))))).as("%scoverage", as)
                .isEqualTo(covered);
    }

    /** The custody history and the current episode's early release; {@code reason} is null when there is none. */
    static void custodyHistory(String reason, String history, String client, Set<DataCategory> readable, String as) {
        boolean criminal = readable.contains(DataCategory.CRIMINAL_HISTORY_AND_RISK);
        List<String> kinds = JsonPath.read(history, "$[*].kind");
        if (reason == null) {
            assertThat(kinds).as("%scustody events", as).isEmpty();
            return;
        }
        assertThat(kinds).as("%scustody events", as).containsExactly("EARLY_RELEASE");
        assertThat(JsonPath.<List<String>>read(history, "$[*].earlyReleaseType")).as("%searly release form", as)
                .containsExactly("ELECTRONIC_MONITORING");
        assertThat(JsonPath.<List<String>>read(history, "$[*].recordedBy")).as("%srecorded by", as).doesNotContainNull();
        assertThat(history.contains(reason)).as("%scustody event reason", as).isEqualTo(criminal);
        assertThat(client.contains(reason)).as("%scustody reason on the case", as).isFalse();
        assertThat(JsonPath.<String>read(client, "$.custody.earlyReleaseType")).as("%searly release on the case", as)
                .isEqualTo("ELECTRONIC_MONITORING");
    }

    /** The timeline and the case's eligibility. */
    static void timeline(World world, String timeline, String client, Set<DataCategory> readable, String as) {
        boolean criminal = readable.contains(DataCategory.CRIMINAL_HISTORY_AND_RISK);
        Timeline t = world.timeline();
        if (t == null) {
            return;
        }
        assertThat(timeline.contains(t.screeningReason())).as("%sscreening reason", as).isEqualTo(criminal);
        if (t.stageReason() != null) {
            assertThat(timeline.contains(t.stageReason())).as("%sstage reason", as).isEqualTo(criminal);
        }
        assertThat(JsonPath.<List<Object>>read(timeline, "$[*].enteredAfterwards")).as("%sentered afterwards", as)
                .hasSize(JsonPath.<List<Object>>read(timeline, "$[*]").size()).allMatch(Boolean.class::isInstance);
        List<String> decisions = JsonPath.read(timeline, "$[?(@.type == 'SCREENING')].decision");
        assertThat(decisions).as("%sscreening decision", as).containsExactly(criminal ? t.decision().name() : null);
        assertThat(JsonPath.<String>read(client, "$.eligibility")).as("%seligibility", as)
                .isEqualTo(criminal ? t.decision().name() : null);
    }

    /**
     * The reader's inbox, filtered to the client: a notice of the move to {@code moved} exactly when the rules tell
     * them, naming the client and the dates, with the reason only for a reader who manages the case. Returns
     * whether they were told.
     */
    static boolean notices(String inbox, String name, LocalDate moved, String reason, boolean told, boolean manages,
                           String as) {
        List<Map<String, Object>> items = JsonPath.read(inbox, "$.items[*]");
        List<Map<String, Object>> ofMove = items.stream().filter(i -> moved.toString().equals(i.get("newDate")))
                .toList();
        assertThat(ofMove).as("%snotice of the moved release date", as).hasSize(told ? 1 : 0);
        if (told) {
            Map<String, Object> notice = ofMove.get(0);
            assertThat(notice.get("kind")).as("%snotice kind", as).isEqualTo("RELEASE_DATE_CHANGED");
            assertThat(notice.get("clientName")).as("%snotice names the client", as).isEqualTo(name);
            assertThat(notice.get("needsAcknowledgement")).as("%snotice asks for acknowledgement", as).isEqualTo(true);
            assertThat(notice.get("detail")).as("%snotice reason", as).isEqualTo(manages ? reason : null);
            assertThat((String) notice.get("href")).as("%snotice leads to the client", as)
                    .isEqualTo("/clients/" + notice.get("clientId"));
            assertThat(notice.get("reversed")).as("%sa move made once is not reversed", as).isEqualTo(false);
            List<Map<String, Object>> history = JsonPath.read(notice, "$.history[*]");
            assertThat(history).as("%searlier steps are custody dates", as).allSatisfy(step -> assertThat(step.keySet())
                    .containsExactlyInAnyOrder("kind", "previousDate", "newDate", "at"));
        }
        assertThat(inbox.contains(reason)).as("%sthe reason anywhere in the inbox", as).isEqualTo(told && manages);
        return told;
    }

    /**
     * What each field of a webhook delivery log reveals: nothing of any client (no category) — the kind of event,
     * our ids, the status and times of sending. The client's id is in the body the receiver gets, not in the log.
     */
    static final Map<String, Set<DataCategory>> WEBHOOK_LOG_FIELDS = Map.ofEntries(Map.entry("id", Set.of()),
            Map.entry("eventId", Set.of()), Map.entry("eventType", Set.of()), Map.entry("status", Set.of()),
            Map.entry("attempts", Set.of()), Map.entry("createdAt", Set.of()), Map.entry("nextAttemptAt", Set.of()),
            Map.entry("finishedAt", Set.of()), Map.entry("lastStatus", Set.of()), Map.entry("lastError", Set.of()),
            Map.entry("log", Set.of()));

    /**
     * The webhook rule: the move is queued for the reader's organisation's endpoint exactly when the reader was
     * told (no one else of those organisations is in the worlds' groups), once, and its body holds none of the
     * client's facts. Returns 1 when one was queued.
     */
    static int webhook(org.springframework.jdbc.core.simple.JdbcClient jdbc, java.util.UUID endpoint,
                       org.throughcare.shared.ClientId client, LocalDate moved, boolean told, String[] facts, String as) {
        List<String> bodies = jdbc.sql("""
                        select d.payload from webhook_delivery d join notice_event e on e.id = d.event_id
                        where d.endpoint_id = :endpoint and e.client_id = :client and e.new_date = :moved""")
                .param("endpoint", endpoint).param("client", client.value()).param("moved", moved)
                .query(String.class).list();
        assertThat(bodies).as("%swebhook of the move for the reader's organisation", as).hasSize(told ? 1 : 0);
        for (String body : bodies) {
            assertThat(body).as("%swebhook body", as).contains(client.value().toString()).doesNotContain(facts);
        }
        return bodies.size();
    }

    /**
     * The administrator's delivery log: only the fields that reveal nothing, and none of the client's facts.
     * Returns how many lines it had.
     */
    static int webhookLog(String log, String[] facts, String as) {
        List<Map<String, Object>> items = JsonPath.read(log, "$.items[*]");
        for (Map<String, Object> item : items) {
            assertThat(WEBHOOK_LOG_FIELDS.keySet()).as("%sa delivery log field the oracle does not know", as)
                    .containsAll(item.keySet());
            assertThat(item.keySet().stream().flatMap(f -> WEBHOOK_LOG_FIELDS.get(f).stream())).isEmpty();
        }
        assertThat(log).as("%sthe delivery log", as).doesNotContain(facts);
        return items.size();
    }

    /**
     * The start page as this reader sees it, for one world's client: what its lines reveal, with the category
     * each field reveals. Returns how many of the page's lines name the client, and how many of those say
     * what is still missing.
     */
    static Shown startPage(World world, String page, String clientName, Map<String, Set<DataCategory>> measureTexts,
                         Set<DataCategory> readable, boolean manages, boolean releaseDayToCheck, LocalDate today,
                         String as) {
        if (!readable.contains(DataCategory.BASIC_AND_CUSTODY)) {
            assertThat(page).as("%sthe start page hides the client", as).doesNotContain(clientName);
        }
        measureTexts.forEach((text, categories) -> {
            if (!readable.containsAll(categories)) {
                assertThat(page).as("%sthe start page hides a measure", as).doesNotContain(text);
            }
        });
        for (Member m : world.members()) {
            assertThat(page).as("%sno member's reason on the start page", as).doesNotContain(m.addReason());
            if (m.endReason() != null) {
                assertThat(page).as("%sno member's reason on the start page", as).doesNotContain(m.endReason());
            }
        }
        for (Consent c : world.consents()) {
            for (String text : new String[] {c.witness(), c.withdrawal(), c.documentName()}) {
                if (text != null) {
                    assertThat(page).as("%sno consent text on the start page", as).doesNotContain(text);
                }
            }
        }
        int lines = 0;
        int missing = 0;
        for (String segment : page.split("<li>")) {
            int end = segment.indexOf("</li>");
            String line = end < 0 ? segment : segment.substring(0, end);
            if (!line.contains(clientName)) {
                continue;
            }
            lines++;
            boolean flagged = line.contains("class=\"missing\"");
            assertThat(!flagged || manages).as("%sthe missing things only for who manages the case", as).isTrue();
            if (flagged) {
                missing++;
                assertThat(line.contains("/consents\"")).as("%sconsent not documented for an agency", as)
                        .isEqualTo(agencyWithoutConsent(world, today));
                // Every world arranges the first night: the release day is missing only where the release date
                // moved after it was arranged, and the arrangements wait to be checked.
                assertThat(line.contains("/plan/release-day\"")).as("%sthe release day to check", as)
                        .isEqualTo(releaseDayToCheck);
            }
        }
        return new Shown(lines, missing);
    }

    record Shown(int lines, int missing) {
    }

    /** A current member's organisation that no consent in force covers, in any category. */
    static boolean agencyWithoutConsent(World world, LocalDate today) {
        return world.members().stream().filter(m -> m.currentOn(today)).map(Member::organisationId)
                .anyMatch(o -> world.consents().stream().noneMatch(c -> c.terms().inForceOn(today)
                        && c.terms().organisations().contains(o)));
    }

    /**
     * A reader's calendar feed: lists the world's meeting exactly when {@code listed}, and whatever it lists, no
     * field names the client, their id number or id, the agenda or an invitee. Returns whether it was listed.
     */
    static boolean calendarFeed(String feed, UUID meeting, UUID client, String name, String idNumber, String agenda,
                                java.util.Collection<String> inviteeNames, boolean listed, String as) {
        assertThat(feed.contains("UID:" + meeting + "@meetings.throughcare")).as("%sthe meeting in the feed", as)
                .isEqualTo(listed);
        assertThat(feed).as("%sthe feed names no client, agenda or invitee", as).doesNotContain(name)
                .doesNotContain(idNumber).doesNotContain(client.toString()).doesNotContain(agenda);
        inviteeNames.forEach(invitee -> assertThat(feed).as("%sthe feed names no invitee", as).doesNotContain(invitee));
        return listed;
    }

    /**
     * The client's printed invitation as a reader who may read basic facts sees it: the client's name, invitees named
     * by the group's rule, never the agenda.
     */
    static void printedInvitation(String page, String name, String agenda, Map<UUID, String> invitedNames,
                                  Set<DataCategory> readable, UUID readerOrganisation, String as) {
        assertThat(page).as("%sthe invitation greets the client", as).contains(name);
        assertThat(page).as("%sthe invitation never tells the agenda", as).doesNotContain(agenda);
        invitedNames.forEach((organisation, person) -> assertThat(page.contains(person))
                .as("%sthe invitation names %s", as, person)
                .isEqualTo(readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)
                        || organisation.equals(readerOrganisation)));
    }

    /**
     * What each field of a meeting's outcome reveals. That the meeting was held, who was recorded as attending and
     * whether the client came are custody facts (who is named follows the group's rule for health agencies); the
     * minutes, the reasons for corrections and the decisions are what was said: meeting minutes.
     */
    static final Map<String, Set<DataCategory>> MEETING_OUTCOME_FIELDS = Map.ofEntries(
            Map.entry("meetingId", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("status", Set.of(DataCategory.BASIC_AND_CUSTODY)), Map.entry("minutesReadable", Set.of()),
            Map.entry("current", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("earlier", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("decisions", Set.of(DataCategory.MEETING_MINUTES)), Map.entry("mayRecord", Set.of()),
            Map.entry("nextMeetingId", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("nextMeetingOn", Set.of(DataCategory.BASIC_AND_CUSTODY)));
    static final Map<String, Set<DataCategory>> MEETING_RECORD_FIELDS = Map.ofEntries(
            Map.entry("revision", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("clientAttended", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("attendance", Set.of(DataCategory.BASIC_AND_CUSTODY, DataCategory.HEALTH_AND_SUBSTANCE_USE)),
            Map.entry("minutes", Set.of(DataCategory.MEETING_MINUTES)),
            Map.entry("correction", Set.of(DataCategory.MEETING_MINUTES)), Map.entry("recordedBy", Set.of()),
            Map.entry("recordedAt", Set.of(DataCategory.BASIC_AND_CUSTODY)));
    /** The figures are counts of the client's meetings: custody facts, no free text and no names. */
    static final Map<String, Set<DataCategory>> MEETING_FIGURE_FIELDS = Map.ofEntries(
            Map.entry("clients", Set.of()), Map.entry("meetingsHeld", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("heldInCustody", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("heldAfterRelease", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("firstMeetingLeadDays", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("clientAttendanceRate", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("agenciesPresentAverage", Set.of(DataCategory.BASIC_AND_CUSTODY)),
            Map.entry("perMeeting", Set.of(DataCategory.BASIC_AND_CUSTODY)));

    /** A held meeting's texts, each only in this world. */
    record HeldMeeting(String minutes, String correction, String decision) {
    }

    /**
     * A held meeting's outcome, the meeting itself and the client's figures as a reader who may see the meeting gets
     * them: every field known to the oracle, what was said only under meeting minutes, an invited health agency named
     * only as the group names it. Returns how many texts were withheld.
     */
    static int heldMeeting(HeldMeeting held, String outcome, String meeting, String figures,
                           Map<java.util.UUID, String> invitedNames, java.util.UUID ownOrganisation,
                           Set<DataCategory> readable, String as) {
        Map<String, Object> view = JsonPath.read(outcome, "$");
        assertThat(MEETING_OUTCOME_FIELDS.keySet()).as("%san outcome field the oracle does not know", as)
                .containsAll(view.keySet());
        List<Map<String, Object>> records = JsonPath.read(outcome, "$..[?(@.revision)]");
        assertThat(records).as("%sthe held meeting's records", as).hasSize(2);
        records.forEach(r -> assertThat(MEETING_RECORD_FIELDS.keySet()).as("%sa record field the oracle does not know",
                as).containsAll(r.keySet()));
        Map<String, Object> shownFigures = JsonPath.read(figures, "$");
        assertThat(MEETING_FIGURE_FIELDS.keySet()).as("%sa figure the oracle does not know", as)
                .containsAll(shownFigures.keySet());
        boolean minutes = readable.contains(DataCategory.MEETING_MINUTES);
        int withheld = 0;
        for (String text : new String[] {held.minutes(), held.correction(), held.decision()}) {
            assertThat(outcome.contains(text)).as("%s%s in the outcome", as, text).isEqualTo(minutes);
            assertThat(figures).as("%sthe figures tell nothing said", as).doesNotContain(text);
            withheld += minutes ? 0 : 1;
        }
        assertThat(meeting.contains(held.correction())).as("%sthe correction in the meeting's history", as)
                .isEqualTo(minutes);
        for (Map.Entry<java.util.UUID, String> invited : invitedNames.entrySet()) {
            boolean named = readable.contains(DataCategory.HEALTH_AND_SUBSTANCE_USE)
                    || invited.getKey().equals(ownOrganisation);
            assertThat(outcome.contains(invited.getValue())).as("%sattendee %s named", as, invited.getValue())
                    .isEqualTo(named);
            assertThat(figures).as("%sthe figures name nobody", as).doesNotContain(invited.getValue());
        }
        return withheld;
    }
}
