package org.throughcare.assessment;

import org.throughcare.shared.NeedArea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.GroupManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

@IntegrationTest
class AssessmentApiTests {

    private static final String COORDINATOR_NAME = "Karin Lindqvist";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clientManagement;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    PlanFixtures fixtures;
    ClientId client;
    String clientName;

    @BeforeEach
    void aClientInCustodyWithoutAnAssessment() {
        fixtures = new PlanFixtures(jdbc, clientManagement, groups, consents);
        clientName = "Assessed Ahlqvist " + UUID.randomUUID().toString().substring(0, 8);
        client = fixtures.clientInCustody(clientName, 60);
    }

    // --- requests ---------------------------------------------------------------------------------------------

    private ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")));
    }

    private String assessments() {
        return "/api/v1/clients/" + client + "/assessments";
    }

    private long versionsSaved() {
        return jdbc.sql("select count(*) from assessment where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }

    // --- bodies -----------------------------------------------------------------------------------------------

    /** One area of a request body as raw JSON, so that the tests can also send what no record would hold. */
    private static String area(Object area, Object rating, String clientView, String strengths, String notes) {
        return """
                {"area": %s, "rating": %s, "clientView": %s, "strengths": %s, "notes": %s}"""
                .formatted(quoted(area), quoted(rating), quoted(clientView), quoted(strengths), quoted(notes));
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String body(LocalDate assessedOn, Integer basedOn, List<String> areas) {
        return """
                {"assessedOn": %s, "basedOnVersion": %s, "areas": [%s]}"""
                .formatted(quoted(assessedOn), basedOn == null ? "null" : basedOn.toString(), String.join(",", areas));
    }

    /** Every area once, NO_NEED without words, except those given. */
    private static List<String> areas(Map<NeedArea, String> given) {
        List<String> areas = new ArrayList<>();
        for (NeedArea area : NeedArea.values()) {
            areas.add(given.getOrDefault(area, area(area, Rating.NO_NEED, null, null, null)));
        }
        return areas;
    }

    private static List<String> with(List<String> areas, UnaryOperator<List<String>> change) {
        return change.apply(new ArrayList<>(areas));
    }

    /** Version 1: housing severe in the client's words, some employment need, health and attitudes rated. */
    private static String firstVersion() {
        Map<NeedArea, String> given = new EnumMap<>(NeedArea.class);
        given.put(NeedArea.ACCOMMODATION, area(NeedArea.ACCOMMODATION, Rating.SEVERE, "I sleep at my sister's",
                "Wants his own flat", "No contract"));
        given.put(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, area(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, Rating.SOME,
                "I can work", null, null));
        given.put(NeedArea.SUBSTANCE_USE, area(NeedArea.SUBSTANCE_USE, Rating.SEVERE, "Drinking every day",
                null, "Amphetamine before the sentence"));
        given.put(NeedArea.MENTAL_HEALTH, area(NeedArea.MENTAL_HEALTH, Rating.SIGNIFICANT, "Cannot sleep",
                null, "Anxiety"));
        given.put(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, area(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR,
                Rating.SEVERE, "The victims had it coming", null, "Pro-criminal attitudes"));
        given.put(NeedArea.FAMILY_AND_RELATIONSHIPS, area(NeedArea.FAMILY_AND_RELATIONSHIPS, Rating.SOME,
                null, "His mother", null));
        return body(LocalDate.now().minusDays(10), null, areas(given));
    }

    /**
     * Version 2 on version 1: housing better and in other words, employment worse, substance use the same,
     * family's strengths and mental health's notes changed, attitudes unchanged.
     */
    private static String secondVersion(Integer basedOn) {
        Map<NeedArea, String> given = new EnumMap<>(NeedArea.class);
        given.put(NeedArea.ACCOMMODATION, area(NeedArea.ACCOMMODATION, Rating.SOME, "A room at the hostel",
                "Wants his own flat", "No contract"));
        given.put(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, area(NeedArea.EMPLOYMENT_EDUCATION_TRAINING,
                Rating.SIGNIFICANT, "I can work", null, null));
        given.put(NeedArea.SUBSTANCE_USE, area(NeedArea.SUBSTANCE_USE, Rating.SEVERE, "Drinking every day",
                null, "Amphetamine before the sentence"));
        given.put(NeedArea.MENTAL_HEALTH, area(NeedArea.MENTAL_HEALTH, Rating.SIGNIFICANT, "Cannot sleep",
                null, "Anxiety, referred to the psychiatrist"));
        given.put(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, area(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR,
                Rating.SEVERE, "The victims had it coming", null, "Pro-criminal attitudes"));
        given.put(NeedArea.FAMILY_AND_RELATIONSHIPS, area(NeedArea.FAMILY_AND_RELATIONSHIPS, Rating.SOME,
                null, "His mother and his brother", null));
        return body(LocalDate.now(), basedOn, areas(given));
    }

    private void recordTwoVersions() throws Exception {
        as("coordinator", post(assessments()), firstVersion()).andExpect(status().isCreated());
        as("coordinator", post(assessments()), secondVersion(1)).andExpect(status().isCreated());
    }

    private static String areaPath(NeedArea area, String field) {
        return "$.areas[?(@.area == '" + area + "')]." + field;
    }

    // --- versions ---------------------------------------------------------------------------------------------

    @Test
    void aNewVersionLeavesTheOldOneReadableAndUnchanged() throws Exception {
        as("coordinator", post(assessments()), firstVersion())
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/api/v1/clients/" + client + "/assessments/1")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.latest").value(true))
                .andExpect(jsonPath("$.recordedBy").value(COORDINATOR_NAME))
                .andExpect(jsonPath("$.assessedOn").value(LocalDate.now().minusDays(10).toString()))
                .andExpect(jsonPath("$.areas", hasSize(NeedArea.values().length)))
                .andExpect(jsonPath("$.areas[*].visible", everyItem(is(true))));

        as("coordinator", post(assessments()), secondVersion(1))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/assessments/2")))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.latest").value(true));

        as("coordinator", get(assessments())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", contains(2, 1)))
                .andExpect(jsonPath("$[*].recordedBy", contains(COORDINATOR_NAME, COORDINATOR_NAME)))
                .andExpect(jsonPath("$[*].assessedOn", contains(LocalDate.now().toString(),
                        LocalDate.now().minusDays(10).toString())))
                .andExpect(jsonPath("$[0].recordedAt").isNotEmpty());

        as("coordinator", get(assessments() + "/1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.latest").value(false))
                .andExpect(jsonPath("$.recordedBy").value(COORDINATOR_NAME))
                .andExpect(jsonPath("$.assessedOn").value(LocalDate.now().minusDays(10).toString()))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "rating"), contains("SEVERE")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientView"), contains("I sleep at my sister's")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "strengths"), contains("Wants his own flat")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "notes"), contains("No contract")))
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "rating"), contains("SOME")))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "notes"), contains("Anxiety")))
                .andExpect(jsonPath(areaPath(NeedArea.FAMILY_AND_RELATIONSHIPS, "strengths"), contains("His mother")))
                .andExpect(jsonPath(areaPath(NeedArea.FINANCE_AND_DEBT, "rating"), contains("NO_NEED")))
                .andExpect(jsonPath(areaPath(NeedArea.FINANCE_AND_DEBT, "category"), contains("FINANCES_AND_DEBT")));

        as("coordinator", get(assessments() + "/latest")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.latest").value(true))
                .andExpect(jsonPath("$.assessedOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "rating"), contains("SOME")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientView"), contains("A room at the hostel")))
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "rating"), contains("SIGNIFICANT")));

        as("coordinator", get(assessments() + "/2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.latest").value(true));
        as("coordinator", get(assessments() + "/3")).andExpect(status().isNotFound());
        assertThat(versionsSaved()).isEqualTo(2);
    }

    @Test
    void wordsAreStoredWithoutSurroundingSpaceAndBlankWordsAsNothing() throws Exception {
        String body = body(LocalDate.now(), null, areas(Map.of(NeedArea.ACCOMMODATION,
                area(NeedArea.ACCOMMODATION, Rating.SOME, "  At my sister's  ", "   ", ""))));
        as("coordinator", post(assessments()), body).andExpect(status().isCreated());
        as("coordinator", get(assessments() + "/latest")).andExpect(status().isOk())
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientView"), contains("At my sister's")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "strengths"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "notes"), contains((Object) null)));
    }

    @Test
    void withoutAnyAssessmentThereIsNoLatestAndNoVersions() throws Exception {
        as("coordinator", get(assessments())).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        as("coordinator", get(assessments() + "/latest")).andExpect(status().isNotFound());
        as("coordinator", get(assessments() + "/1")).andExpect(status().isNotFound());
    }

    // --- comparison -------------------------------------------------------------------------------------------

    @Test
    void comparingTwoVersionsGivesTheDirectionAndWhatChangedInEachArea() throws Exception {
        recordTwoVersions();

        as("coordinator", get(assessments() + "/compare").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.version").value(1))
                .andExpect(jsonPath("$.to.version").value(2))
                .andExpect(jsonPath("$.from.recordedBy").value(COORDINATOR_NAME))
                .andExpect(jsonPath("$.areas", hasSize(NeedArea.values().length)))
                .andExpect(jsonPath("$.areas[*].visible", everyItem(is(true))))
                // better, and in other words
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "fromRating"), contains("SEVERE")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "toRating"), contains("SOME")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "direction"), contains("BETTER")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientViewChanged"), contains(true)))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "strengthsChanged"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "notesChanged"), contains(false)))
                // worse, same words
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "direction"), contains("WORSE")))
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "fromRating"), contains("SOME")))
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "toRating"), contains("SIGNIFICANT")))
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "clientViewChanged"), contains(false)))
                // nothing changed
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "direction"), contains("SAME")))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "clientViewChanged"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "strengthsChanged"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "notesChanged"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.FINANCE_AND_DEBT, "direction"), contains("SAME")))
                // same rating, other strengths / other notes
                .andExpect(jsonPath(areaPath(NeedArea.FAMILY_AND_RELATIONSHIPS, "direction"), contains("SAME")))
                .andExpect(jsonPath(areaPath(NeedArea.FAMILY_AND_RELATIONSHIPS, "strengthsChanged"), contains(true)))
                .andExpect(jsonPath(areaPath(NeedArea.FAMILY_AND_RELATIONSHIPS, "clientViewChanged"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "direction"), contains("SAME")))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "notesChanged"), contains(true)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "strengthsChanged"), contains(false)));

        as("coordinator", get(assessments() + "/compare").param("from", "2").param("to", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "direction"), contains("WORSE")))
                .andExpect(jsonPath(areaPath(NeedArea.EMPLOYMENT_EDUCATION_TRAINING, "direction"), contains("BETTER")));

        as("coordinator", get(assessments() + "/compare").param("from", "2").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[*].direction", everyItem(is("SAME"))))
                .andExpect(jsonPath("$.areas[*].clientViewChanged", everyItem(is(false))));

        as("coordinator", get(assessments() + "/compare").param("from", "1").param("to", "3"))
                .andExpect(status().isNotFound());
        as("coordinator", get(assessments() + "/compare").param("from", "one").param("to", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("from")));
    }

    // --- stale edits ------------------------------------------------------------------------------------------

    @Test
    void aVersionBasedOnAnOlderOneIsRefusedAndNothingIsSaved() throws Exception {
        as("coordinator", post(assessments()), secondVersion(1))
                .andExpect(status().isConflict());
        assertThat(versionsSaved()).as("a first version claiming to be based on version 1").isZero();

        recordTwoVersions();

        as("coordinator", post(assessments()), secondVersion(1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail", containsString("Someone else changed")));
        as("coordinator", post(assessments()), secondVersion(null)).andExpect(status().isConflict());
        as("coordinator", post(assessments()), secondVersion(3)).andExpect(status().isConflict());

        assertThat(versionsSaved()).isEqualTo(2);
        as("coordinator", get(assessments())).andExpect(jsonPath("$[*].version", contains(2, 1)));
        as("coordinator", get(assessments() + "/latest"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientView"), contains("A room at the hostel")));

        as("coordinator", post(assessments()), secondVersion(2)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(3));
    }

    // --- bad input --------------------------------------------------------------------------------------------

    private void refusedAt(String body, String field) throws Exception {
        long before = versionsSaved();
        as("coordinator", post(assessments()), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", contains(field)))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(versionsSaved()).as("versions after a body refused at %s", field).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        as("coordinator", post(assessments()), firstVersion()).andExpect(status().isCreated());
        List<String> every = areas(Map.of());
        LocalDate today = LocalDate.now();

        // ACCOMMODATION at 0 and again at 1 (instead of EMPLOYMENT_EDUCATION_TRAINING)
        List<String> twice = with(every, a -> {
            a.set(1, area(NeedArea.ACCOMMODATION, Rating.SOME, null, null, null));
            return a;
        });
        refusedAt(body(today, 1, twice), "areas[1].area");
        as("coordinator", post(assessments()), body(today, 1, twice))
                .andExpect(jsonPath("$.errors[0].message").value("This area is already in the assessment."));
        // every area, and one of them again at the end
        refusedAt(body(today, 1, with(every, a -> {
            a.add(area(NeedArea.MENTAL_HEALTH, Rating.SEVERE, null, null, null));
            return a;
        })), "areas[10].area");

        // an area missing, or none at all
        List<String> nine = with(every, a -> {
            a.remove(3);
            return a;
        });
        refusedAt(body(today, 1, nine), "areas");
        as("coordinator", post(assessments()), body(today, 1, nine))
                .andExpect(jsonPath("$.errors[0].message").value("Rate every area; choose \"no need\" where there is none."));
        refusedAt(body(today, 1, List.of()), "areas");

        // values that are not on the scale or not an area
        refusedAt(body(today, 1, with(every, a -> {
            a.set(3, area(NeedArea.SUBSTANCE_USE, "HUGE", null, null, null));
            return a;
        })), "areas[3].rating");
        refusedAt(body(today, 1, with(every, a -> {
            a.set(2, area("ASTROLOGY", Rating.SOME, null, null, null));
            return a;
        })), "areas[2].area");

        // missing values
        refusedAt(body(today, 1, with(every, a -> {
            a.set(0, area(NeedArea.ACCOMMODATION, null, null, null, null));
            return a;
        })), "areas[0].rating");
        refusedAt(body(today, 1, with(every, a -> {
            a.set(4, area(null, Rating.SOME, null, null, null));
            return a;
        })), "areas[4].area");
        refusedAt(body(null, 1, every), "assessedOn");
        refusedAt("{\"assessedOn\": \"" + today + "\", \"basedOnVersion\": 1}", "areas");

        // dates and lengths
        refusedAt(body(today.plusDays(1), 1, every), "assessedOn");
        refusedAt(body(today, 1, with(every, a -> {
            a.set(0, area(NeedArea.ACCOMMODATION, Rating.SOME, "x".repeat(2001), null, null));
            return a;
        })), "areas[0].clientView");

        assertThat(versionsSaved()).isEqualTo(1);
        as("coordinator", get(assessments())).andExpect(jsonPath("$[*].version", contains(1)));
        // and the same body with a valid date is accepted, so the refusals above were for what they named
        as("coordinator", post(assessments()), body(today, 1, every)).andExpect(status().isCreated());
    }

    @Test
    void aMissingEntryInTheListOfAreasIsRefusedAtItsIndex() throws Exception {
        as("coordinator", post(assessments()), firstVersion()).andExpect(status().isCreated());
        refusedAt(body(LocalDate.now(), 1, with(areas(Map.of()), a -> {
            a.set(2, "null");
            return a;
        })), "areas[2]");
    }

    // --- access -----------------------------------------------------------------------------------------------

    private void refused(String user, MockHttpServletRequestBuilder request) throws Exception {
        String body = as(user, request)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as("refusal of %s to %s", user, request).doesNotContain(clientName)
                .doesNotContain("Ahlqvist");
    }

    private void refusedEverywhere(String user) throws Exception {
        refused(user, get(assessments()));
        refused(user, get(assessments() + "/latest"));
        refused(user, get(assessments() + "/1"));
        refused(user, get(assessments() + "/compare").param("from", "1").param("to", "2"));
    }

    @Test
    void withoutConsentNothingOfTheAssessmentIsShownNorTheClientsName() throws Exception {
        recordTwoVersions();

        // not in the group at all
        refusedEverywhere("partner");
        // in the group, but no consent
        fixtures.join(client, "partner");
        refusedEverywhere("partner");
        // in the group, with consent only for categories no area is read under
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES,
                DataCategory.MEETING_MINUTES);
        refusedEverywhere("partner");
        // roles without client data, and prison staff (basic and custody facts only)
        refusedEverywhere("analyst");
        refusedEverywhere("admin");
        refusedEverywhere("prison");
    }

    @Test
    void aPartnerSeesOnlyTheAreasItsConsentCovers() throws Exception {
        recordTwoVersions();
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.NEEDS_ASSESSMENT);

        String latest = as("employment", get(assessments() + "/latest")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.areas", hasSize(NeedArea.values().length)))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "visible"), contains(true)))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "rating"), contains("SOME")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientView"), contains("A room at the hostel")))
                .andExpect(jsonPath(areaPath(NeedArea.FAMILY_AND_RELATIONSHIPS, "strengths"),
                        contains("His mother and his brother")))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "visible"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "category"), contains("HEALTH_AND_SUBSTANCE_USE")))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "rating"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "clientView"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "notes"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "visible"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "rating"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, "visible"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, "rating"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, "clientView"),
                        contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.FINANCE_AND_DEBT, "visible"), contains(false)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(latest).doesNotContain("Drinking", "Amphetamine", "Cannot sleep", "Anxiety", "victims",
                "Pro-criminal");

        as("employment", get(assessments() + "/1")).andExpect(status().isOk())
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "rating"), contains("SEVERE")))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "clientView"), contains("I sleep at my sister's")))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "rating"), contains((Object) null)));

        as("employment", get(assessments())).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].version", contains(2, 1)));

        String comparison = as("employment", get(assessments() + "/compare").param("from", "1").param("to", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "visible"), contains(true)))
                .andExpect(jsonPath(areaPath(NeedArea.ACCOMMODATION, "direction"), contains("BETTER")))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "visible"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "fromRating"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "toRating"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "direction"), contains("SAME")))
                // the notes of mental health did change: a hidden area must not tell even that
                .andExpect(jsonPath(areaPath(NeedArea.MENTAL_HEALTH, "notesChanged"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.SUBSTANCE_USE, "fromRating"), contains((Object) null)))
                .andExpect(jsonPath(areaPath(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, "visible"), contains(false)))
                .andExpect(jsonPath(areaPath(NeedArea.ATTITUDES_AND_CRIMINAL_BEHAVIOUR, "toRating"),
                        contains((Object) null)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(comparison).doesNotContain(clientName);
    }

    @Test
    void onlyThoseWhoMayChangeTheCaseRecordAVersion() throws Exception {
        as("coordinator", post(assessments()), firstVersion()).andExpect(status().isCreated());
        fixtures.join(client, "employment");
        fixtures.consent(client, "employment", DataCategory.values());

        for (String user : List.of("employment", "partner", "prison", "analyst", "admin")) {
            String body = as(user, post(assessments()), secondVersion(1))
                    .andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as("refusal of a new version by %s", user).doesNotContain(clientName);
        }
        assertThat(versionsSaved()).isEqualTo(1);

        // a manager of the client's probation office may
        as("manager", post(assessments()), secondVersion(1)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedBy").value("Helena Forsberg"));
        as("coordinator", get(assessments())).andExpect(jsonPath("$[*].recordedBy",
                contains("Helena Forsberg", COORDINATOR_NAME)));
    }

    // --- language ---------------------------------------------------------------------------------------------

    @Test
    void theDuplicateAreaIsToldInSwedish() throws Exception {
        Properties swedish = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages_sv.properties")) {
            swedish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(swedish).containsKey("validation.assessment.areaTwice");

        as("coordinator", post(assessments()), firstVersion()).andExpect(status().isCreated());
        List<String> twice = with(areas(Map.of()), a -> {
            a.set(1, area(NeedArea.ACCOMMODATION, Rating.SOME, null, null, null));
            return a;
        });
        mvc.perform(post(assessments()).with(httpBasic("coordinator", "demo"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "sv")
                        .contentType(MediaType.APPLICATION_JSON).content(body(LocalDate.now(), 1, twice)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("areas[1].area")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(swedish.getProperty("validation.assessment.areaTwice")))
                .andExpect(jsonPath("$.errors[0].message", not("This area is already in the assessment.")));
        assertThat(versionsSaved()).isEqualTo(1);
    }
}
