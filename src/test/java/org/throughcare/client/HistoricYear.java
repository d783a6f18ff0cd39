package org.throughcare.client;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One office's year of three clients, through the API: the script is the same for both ways of entering it. Live,
 * the clock is stepped to each step's day and the step is entered without a date where the API takes today;
 * afterwards, every step is entered now with its day given. The hand-worked figures the test checks:
 * <ul>
 *   <li>A (referred T-330, NARCOTICS, HIGH): screened eligible, consented, enrolled, meetings T-240 and T-170 in
 *   custody (the client at the first only), transferred T-200, released T-150 with the release form, a meeting
 *   after release T-120, handed over T-20. First-meeting lead time 90 days.</li>
 *   <li>B (referred T-200, ASSAULT, MEDIUM): screened eligible, consented, enrolled, release due T+40, meetings
 *   T-10 and T-5 in custody, the client at both.</li>
 *   <li>C (referred T-250, THEFT, LOW): screened not eligible T-245, declined T-244.</li>
 * </ul>
 * Five meetings held (four in custody, one after release), three clients referred and screened, two enrolled, one
 * released, one exit (declined), one handover, one release form.
 */
final class HistoricYear {

    /** Sends JSON as a user, expects a status, returns the body. */
    interface Api {
        String send(String username, MockHttpServletRequestBuilder request, String json, int expected) throws Exception;
    }

    interface Step {
        void run() throws Exception;
    }

    private record Dated(LocalDate day, Step step) {
    }

    private final Api api;
    private final HistoricOffice office;
    private final Consumer<LocalDate> stepClock;
    private final boolean live;
    private final LocalDate today;
    private final JdbcClient jdbc;
    private final List<Dated> script = new ArrayList<>();

    HistoricYear(Api api, JdbcClient jdbc, HistoricOffice office, Consumer<LocalDate> stepClock, boolean live,
                 LocalDate today) {
        this.api = api;
        this.jdbc = jdbc;
        this.office = office;
        this.stepClock = stepClock;
        this.live = live;
        this.today = today;
    }

    void enter() throws Exception {
        UUID prison = id("select id from organisation where name = 'Anstalten Umeå'");
        UUID skanninge = id("select id from organisation where name = 'Anstalten Skänninge'");
        String[] a = new String[1];
        String[] b = new String[1];
        String[] c = new String[1];
        client(a, "Anna Historisk", "FEMALE", LocalDate.of(1984, 3, 2), 330, prison, 150, "NARCOTICS", "HIGH");
        eligible(a, 320, 310, 305, 300);
        meeting(a, 240, "INSTITUTION", true, "ATTENDED");
        at(200, () -> api.send(office.coordinator(), post("/api/v1/custody-events"), """
                {"eventId": "transfer-%s", "clientId": "%s", "kind": "TRANSFER", "effectiveOn": "%s",
                 "occurredAt": "%sT08:00:00Z", "institutionId": "%s", "reason": "Moved for a programme"}"""
                .formatted(a[0], a[0], day(200), day(200), skanninge), 201));
        meeting(a, 170, "INSTITUTION", false, "ATTENDED");
        stage(a, "RELEASED", 150);
        at(150, () -> api.send(office.coordinator(), post("/api/v1/clients/" + a[0] + "/outcomes"), """
                {"point": "RELEASE", "recordedOn": "%s", "settledAccommodation": true, "occupation": "WORK",
                 "addictionTreatment": "STARTED", "debtAdvice": "NOT_NEEDED", "supportContact": true}"""
                .formatted(day(150)), 201));
        meeting(a, 120, "PROBATION_OFFICE", true, "LATE");
        at(20, () -> api.send(office.coordinator(), post("/api/v1/clients/" + a[0] + "/handover"), """
                {"newCoordinatorId": "%s", "on": "%s", "reason": "Parental leave", "version": %d}"""
                .formatted(office.secondCoordinatorId(), day(20), version(a[0])), 204));

        client(b, "Bertil Historisk", "MALE", LocalDate.of(1990, 7, 9), 200, prison, -40, "ASSAULT", "MEDIUM");
        eligible(b, 190, 185, 184, 180);
        meeting(b, 10, "INSTITUTION", true, "ATTENDED");
        meeting(b, 5, "INSTITUTION", true, "ABSENT");

        client(c, "Cesar Historisk", "MALE", LocalDate.of(1979, 11, 23), 250, prison, 60, "THEFT", "LOW");
        at(245, () -> screen(c, 245, "NOT_ELIGIBLE", "NOT_MET"));
        stage(c, "DECLINED", 244);

        List<Dated> inOrder = new ArrayList<>(script);
        inOrder.sort(Comparator.comparing(Dated::day));
        LocalDate clockDay = null;
        for (Dated dated : inOrder) {
            if (live && !dated.day().equals(clockDay)) {
                stepClock.accept(dated.day());
                clockDay = dated.day();
            }
            dated.step().run();
        }
    }

    private void client(String[] client, String name, String gender, LocalDate born, int referred, UUID prison,
                        int releasedAgo, String offence, String risk) {
        at(referred, () -> client[0] = JsonPath.read(api.send(office.coordinator(), post("/api/v1/clients"), """
                {"fullName": "%s", "idCountry": "SE", "idNumber": "%s", "dateOfBirth": "%s",
                 "gender": "%s", "municipalityCode": "2480", "probationOfficeId": "%s", "coordinatorId": "%s"%s}"""
                .formatted(name + " " + office.manager(), TestNumbers.personnummer(born), born, gender, office.unit(),
                        office.coordinatorId(jdbc), dated("referredOn", referred)), 201), "$.id"));
        LocalDate release = day(releasedAgo);
        LocalDate start = release.minusMonths(16);
        at(referred - 1, () -> api.send(office.coordinator(), put("/api/v1/clients/" + client[0] + "/custody"), """
                {"institutionId": "%s", "sentenceStart": "%s", "sentenceLengthMonths": 24,
                 "conditionalReleaseDate": "%s", "sentenceExpiry": "%s", "supervisionEnd": "%s", "riskLevel": "%s",
                 "riskInstrument": "LS/CMI", "riskAssessedOn": "%s", "mainOffence": "%s", "version": %d}"""
                .formatted(prison, start, release, start.plusMonths(24), release.plusYears(1), risk,
                        start.plusDays(30), offence, version(client[0])), 200));
    }

    /** Screened eligible, consented (with a consent for social services), joined by the partner, enrolled. */
    private void eligible(String[] client, int screened, int consented, int joined, int enrolled) {
        at(screened, () -> screen(client, screened, "ELIGIBLE", "MET"));
        stage(client, "CONSENTED", consented);
        at(consented, () -> api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/consents"), """
                {"form": "ORAL", "givenOn": "%s", "witness": "Kontaktman", "toldAboutConfidentiality": true,
                 "textVersion": "2026-1", "validUntil": "%s", "organisationIds": ["%s"],
                 "categories": ["BASIC_AND_CUSTODY"]}""".formatted(day(consented), day(consented).plusYears(2),
                id("select id from organisation where name = 'Socialtjänsten Umeå'")), 201));
        at(joined, () -> api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/group/members"), """
                {"userId": "%s", "role": "CASE_WORKER", "from": "%s"}""".formatted(partner(), day(joined)), 201));
        stage(client, "ENROLLED", enrolled);
    }

    private void screen(String[] client, int daysAgo, String decision, String risk) throws Exception {
        api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/screenings"), """
                {"releaseInWindow": "MET", "riskMediumOrHigh": "%s", "sentenceLongEnough": "MET",
                 "severalAgencies": "MET", "motivated": "MET", "noExpulsion": "MET", "decision": "%s",
                 "reason": "As the criteria say", "version": %d%s}""".formatted(risk, decision, version(client[0]),
                dated("screenedOn", daysAgo)), 200);
    }

    private void stage(String[] client, String to, int daysAgo) {
        at(daysAgo, () -> api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/transitions"), """
                {"to": "%s", "effectiveOn": "%s", "reason": "As planned", "version": %d}"""
                .formatted(to, day(daysAgo), version(client[0])), 200));
    }

    /** A meeting held at 09:00 with the partner: booked and recorded as held live, or entered afterwards. */
    private void meeting(String[] client, int daysAgo, String place, boolean clientAttended, String partnerAttendance) {
        at(daysAgo, () -> {
            String booking = """
                    {"startsOn": "%s", "startsAt": "09:00", "durationMinutes": 60, "placeKind": "%s",
                     "agenda": "Planning", "clientInvited": true, "invitees": ["user:%s"]}"""
                    .formatted(day(daysAgo), place, partner());
            String attendance = """
                    "clientAttended": %s, "attendance": [{"invitee": "user:%s", "attendance": "%s"%s}]"""
                    .formatted(clientAttended, partner(), partnerAttendance,
                            partnerAttendance.equals("ABSENT") ? ", \"absenceReason\": \"ILLNESS\"" : "");
            if (live) {
                String meeting = api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/meetings"),
                        booking, 201);
                api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/meetings/"
                        + JsonPath.read(meeting, "$.id") + "/held"), "{" + attendance + ", \"version\": "
                        + JsonPath.read(meeting, "$.version") + "}", 200);
            } else {
                api.send(office.coordinator(), post("/api/v1/clients/" + client[0] + "/meetings/entered-afterwards"),
                        "{\"meeting\": " + booking + ", " + attendance + "}", 201);
            }
        });
    }

    private void at(int daysAgo, Step step) {
        script.add(new Dated(day(daysAgo), step));
    }

    private LocalDate day(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    /** The day as a JSON field when entered afterwards; left out live, where the API takes today. */
    private String dated(String field, int daysAgo) {
        return live ? "" : ", \"" + field + "\": \"" + day(daysAgo) + "\"";
    }

    private long version(String client) {
        return jdbc.sql("select version from client where id = cast(:id as uuid)").param("id", client)
                .query(Long.class).single();
    }

    private UUID partner() {
        return id("select id from app_user where username = 'partner'");
    }

    private UUID id(String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }
}
