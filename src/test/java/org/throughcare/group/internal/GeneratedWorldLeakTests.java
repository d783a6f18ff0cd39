package org.throughcare.group.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;
import org.throughcare.client.ClientManagement;
import org.throughcare.client.CustodyForm;
import org.throughcare.client.Gender;
import org.throughcare.client.RegisterClient;
import org.throughcare.client.RiskLevel;
import org.throughcare.client.TestNumbers;
import org.throughcare.group.AddMember;
import org.throughcare.group.ConsentForm;
import org.throughcare.group.ConsentManagement;
import org.throughcare.group.EndMembership;
import org.throughcare.group.GroupManagement;
import org.throughcare.group.GroupRole;
import org.throughcare.group.RecordConsent;
import org.throughcare.group.WithdrawConsent;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.identity.NewUser;
import org.throughcare.shared.AccessGate.Action;
import org.throughcare.shared.Actor;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.DataCategory;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;
import org.throughcare.shared.UnitId;
import org.throughcare.shared.UserId;

/**
 * Generated worlds built through the real services — a client in or out of custody, group members joined
 * and ended, consents partial, expiring and withdrawn — and every client-data read endpoint called as every
 * kind of user. Each answer must be what the independent oracle of the rules says: zero leaks, and no
 * refusal of what the rules allow.
 */
@IntegrationTest
class GeneratedWorldLeakTests {

    private static final int WORLDS = 30;
    private static final String[] READERS = {"coordinator", "manager", "partner", "partner.world", "prison", "analyst",
            "admin", "coordinator.norrkoping"};

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
    @Autowired
    IdentityManagement identity;

    @Test
    void everyReadEndpointAnswersEveryUserExactlyAsTheRulesSay() throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'partner.world'").query(Long.class).single() == 0) {
            identity.createUser(new NewUser("partner.world", "World Partner", null, "demo", Role.PARTNER_WORKER,
                    new OrganisationId(organisation("Arbetsförmedlingen Umeå")), null));
        }
        LocalDate today = LocalDate.now();
        Actor coordinator = actor("coordinator");
        List<UUID> consentable = List.of(organisation("Socialtjänsten Umeå"), organisation("Arbetsförmedlingen Umeå"),
                organisation("Anstalten Umeå"), organisation("Frivården Norrköping"));
        Random random = new Random(20261122);
        int checks = 0;
        for (int w = 0; w < WORLDS; w++) {
            LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            // A letters-only token, so that a search for it matches this name and no identity number.
            String name = "World " + random.ints(10, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            ClientId client = clients.register(new RegisterClient(name, "SE", TestNumbers.personnummer(born), born,
                    Gender.MALE, null, false, "2480", coordinator.unitId().value(), coordinator.userId().value()),
                    coordinator);
            boolean inCustody = random.nextBoolean();
            if (inCustody) {
                clients.recordCustody(client, new CustodyForm(organisation("Anstalten Umeå"), null, null,
                        today.plusMonths(2), null, null, false, null, RiskLevel.HIGH, "LS/CMI", today.minusDays(1), null,
                        version(client)), coordinator);
            }
            List<AccessRules.Membership> members = new ArrayList<>();
            for (String worker : new String[] {"partner", "partner.world", "prison", "coordinator.norrkoping"}) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                Actor person = actor(worker);
                LocalDate from = today.plusDays(random.nextInt(20) - 15);
                UUID member = groups.addMember(client, new AddMember(person.userId().value(), null, GroupRole.OTHER,
                        from, null), coordinator);
                LocalDate to = null;
                if (random.nextInt(3) == 0) {
                    to = from.plusDays(random.nextInt(10));
                    groups.endMembership(client, member, new EndMembership(to, "ended"), coordinator);
                }
                members.add(new AccessRules.Membership(person.userId().value(), person.organisationId().value(), from, to));
            }
            List<AccessRules.Consent> given = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                Set<UUID> covered = new HashSet<>();
                consentable.forEach(o -> {
                    if (random.nextBoolean()) {
                        covered.add(o);
                    }
                });
                Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
                for (DataCategory category : DataCategory.values()) {
                    if (random.nextInt(3) == 0) {
                        categories.add(category);
                    }
                }
                if (covered.isEmpty() || categories.isEmpty()) {
                    continue;
                }
                LocalDate givenOn = today.minusDays(random.nextInt(30));
                LocalDate validUntil = random.nextBoolean() ? null : givenOn.plusDays(1 + random.nextInt(40));
                UUID consent = consents.record(client, new RecordConsent(ConsentForm.DIGITAL, givenOn, null, true,
                        "2026-1", validUntil, List.copyOf(covered), List.copyOf(categories)), null, coordinator);
                LocalDate withdrawn = null;
                if (random.nextInt(3) == 0) {
                    withdrawn = givenOn.plusDays(random.nextInt((int) (today.toEpochDay() - givenOn.toEpochDay()) + 1));
                    consents.withdraw(client, consent, new WithdrawConsent(withdrawn, "withdrawn"), coordinator);
                }
                given.add(new AccessRules.Consent(covered, categories, givenOn, validUntil, withdrawn));
            }
            AccessRulesPropertyTests.World world = new AccessRulesPropertyTests.World(List.of(),
                    new AccessRules.ClientFacts(coordinator.unitId().value(), coordinator.userId().value(),
                            inCustody ? organisation("Anstalten Umeå") : null), members, given);

            for (String username : READERS) {
                Actor reader = actor(username);
                AccessRules.Reader asReader = new AccessRules.Reader(reader.userId().value(), reader.role(),
                        reader.organisationId() == null ? null : reader.organisationId().value(),
                        reader.unitId() == null ? null : reader.unitId().value());
                Set<DataCategory> readable = AccessRulesPropertyTests.oracle(asReader, world, Action.READ, today);
                boolean basic = readable.contains(DataCategory.BASIC_AND_CUSTODY);
                boolean manages = !AccessRulesPropertyTests.oracle(asReader, world, Action.WRITE, today).isEmpty();
                String base = "/api/v1/clients/" + client;
                for (String path : new String[] {"", "/timeline", "/group", "/consents", "/consents/coverage"}) {
                    MockHttpServletResponse response = read(username, base + path);
                    assertThat(response.getStatus()).as("%s GET %s in world %d", username, path, w)
                            .isEqualTo(basic ? 200 : 403);
                    if (!basic) {
                        assertThat(response.getContentAsString()).as("a refusal names nobody").doesNotContain(name);
                    }
                    checks++;
                }
                if (basic && inCustody) {
                    Object risk = JsonPath.read(read(username, base).getContentAsString(), "$.custody.riskLevel");
                    assertThat(risk != null).as("%s sees the risk in world %d", username, w)
                            .isEqualTo(readable.contains(DataCategory.CRIMINAL_HISTORY_AND_RISK));
                }
                assertThat(read(username, base + "/access-log").getStatus()).as("%s reads the access log", username)
                        .isEqualTo(manages ? 200 : 403);
                String list = read(username, "/api/v1/clients?q=" + name.substring(name.lastIndexOf(' ') + 1))
                        .getContentAsString();
                int listed = list.isEmpty() || !list.startsWith("{") ? 0 : JsonPath.read(list, "$.totalItems");
                assertThat(listed).as("%s finds the client in a search in world %d", username, w)
                        .isEqualTo(basic ? 1 : 0);
                checks += 2;
            }
        }
        assertThat(checks).isEqualTo(WORLDS * READERS.length * 7);
    }

    private MockHttpServletResponse read(String username, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(username, "demo"))).andReturn().getResponse();
    }

    private long version(ClientId client) {
        return jdbc.sql("select version from client where id = :id").param("id", client.value()).query(Long.class).single();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n").param("n", name).query(UUID.class).single();
    }

    private Actor actor(String username) {
        return jdbc.sql("select id, role, organisation_id, unit_id from app_user where username = :u").param("u", username)
                .query((rs, n) -> new Actor(new UserId(rs.getObject(1, UUID.class)), username,
                        Role.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : new OrganisationId(rs.getObject(3, UUID.class)),
                        rs.getObject(4) == null ? null : new UnitId(rs.getObject(4, UUID.class))))
                .single();
    }
}
