package org.throughcare.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.plan.PlanFixtures;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;

/** The group and consent pages, history included, in words in each language; the group page's ids are unique. */
@IntegrationTest
class GroupPageWordsTests {

    private static final List<String> CODES = List.of("CASE_WORKER", "BASIC_AND_CUSTODY", "PLAN_AND_MEASURES",
            "DIGITAL", "IN_FORCE");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClientManagement clients;
    @Autowired
    GroupManagement groups;
    @Autowired
    ConsentManagement consents;

    @Test
    void theGroupAndItsConsentsReadAsWordsWithNamesInEachLanguage() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Group Words Client", 30);
        groups.addMember(client, new AddMember(fixtures.actor("partner").userId().value(), null, GroupRole.CASE_WORKER,
                LocalDate.now(), "Housing support after release"), fixtures.actor("coordinator"));
        fixtures.consent(client, "partner", DataCategory.BASIC_AND_CUSTODY, DataCategory.PLAN_AND_MEASURES);
        Map<String, List<String>> words = Map.of(
                "en", List.of("Omar Hassan", "Karin Lindqvist", "Case worker", "Basic and custody facts", "In force",
                        "Digital"),
                "sv", List.of("Omar Hassan", "Karin Lindqvist", "Handläggare", "Grunduppgifter och uppgifter om verkställigheten",
                        "Gäller", "Digitalt"),
                "nb", List.of("Omar Hassan", "Karin Lindqvist", "Saksbehandler",
                        "Grunnopplysninger og opplysninger om soningen", "Gjelder", "Digitalt"));
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        for (var language : words.entrySet()) {
            String both = "";
            for (String page : List.of("/group", "/consents")) {
                both += mvc.perform(get("/clients/" + client + page).cookie(session)
                                .header("Accept-Language", language.getKey())).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            }
            String text = both.replaceAll("<[^>]*>", " ");
            assertThat(text).as(language.getKey()).contains(language.getValue());
            CODES.forEach(code -> assertThat(text).as("%s shows no %s", language.getKey(), code).doesNotContain(code));
        }
    }

    @Test
    void theAddMemberReasonHasItsOwnLabelAndEveryIdOnThePageIsUnique() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clients, groups, consents);
        ClientId client = fixtures.clientInCustody("Group Ids Client", 30);
        fixtures.join(client, "partner");
        fixtures.join(client, "employment");
        Cookie session = mvc.perform(formLogin().user("coordinator").password("demo")).andReturn().getResponse()
                .getCookie("SESSION");
        String page = mvc.perform(get("/clients/" + client + "/group").cookie(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
        while (id.find()) {
            ids.add(id.group(1));
        }
        Set<String> seen = new HashSet<>();
        assertThat(ids.stream().filter(i -> !seen.add(i)).toList()).as("ids used twice").isEmpty();
        assertThat(page).contains("<label for=\"member-reason\">Why they join the group</label>")
                .contains("id=\"member-reason\" name=\"reason\"");
        Matcher ends = Pattern.compile("<label for=\"(reason-[^\"]+)\"[^>]*>([^<]+)</label>").matcher(page);
        int endReasons = 0;
        while (ends.find()) {
            assertThat(ends.group(2)).startsWith("Why ").doesNotContain("join");
            endReasons++;
        }
        assertThat(endReasons).as("each member's end form labels its own reason").isEqualTo(2);
    }
}
