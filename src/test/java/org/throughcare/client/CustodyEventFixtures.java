package org.throughcare.client;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.identity.CreateUser;
import org.throughcare.identity.IdentityManagement;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.OrganisationId;
import org.throughcare.shared.Role;

/** Custody events sent and read as the demo's users, through the API and the pages. */
class CustodyEventFixtures {

    /** Staff of the demo's second prison, which holds none of the fixtures' clients until a transfer. */
    static final String OTHER_PRISON_STAFF = "prison.skanninge";

    final MockMvc mvc;
    final JdbcClient jdbc;
    final ClientFixtures clients;
    private final UserDetailsService accounts;

    CustodyEventFixtures(MockMvc mvc, JdbcClient jdbc, ClientManagement management, UserDetailsService accounts,
                         IdentityManagement identity) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.clients = new ClientFixtures(jdbc, management);
        this.accounts = accounts;
        if (jdbc.sql("select count(*) from app_user where username = :u").param("u", OTHER_PRISON_STAFF)
                .query(Long.class).single() == 0) {
            identity.createUser(new CreateUser(OTHER_PRISON_STAFF, "Sara Lind", null, "demo", Role.PRISON_STAFF,
                    new OrganisationId(clients.prison("Anstalten Skänninge")), null));
        }
    }

    UUID umea() {
        return clients.prison("Anstalten Umeå");
    }

    UUID skanninge() {
        return clients.prison("Anstalten Skänninge");
    }

    static String event(String id, ClientId client, String kind, LocalDate on, Instant occurredAt, String reason,
                        String extra) {
        return """
                {"eventId": "%s", "clientId": "%s", "kind": "%s", "effectiveOn": "%s", "occurredAt": "%s",
                 "reason": "%s"%s}""".formatted(id, client, kind, on, occurredAt, reason,
                extra == null ? "" : ", " + extra);
    }

    MockHttpServletResponse send(String username, String json) throws Exception {
        // Signed in as in a browser session, so with the CSRF token a browser would send.
        return mvc.perform(post("/api/v1/custody-events").with(user(accounts.loadUserByUsername(username)))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    /** As an agency's system sends it: HTTP Basic, no session, no CSRF token. */
    MockHttpServletResponse sendAsSystem(String username, String json) throws Exception {
        return mvc.perform(post("/api/v1/custody-events").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    MockHttpServletResponse read(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse();
    }

    long events(ClientId client) {
        return jdbc.sql("select count(*) from custody_event where client_id = :c").param("c", client.value())
                .query(Long.class).single();
    }

    LocalDate releaseDate(ClientId client) {
        return jdbc.sql("select release_date from client where id = :c").param("c", client.value())
                .query(LocalDate.class).single();
    }

    LocalDate sentenceStart(ClientId client) {
        return jdbc.sql("select sentence_start from custody_episode where client_id = :c and current")
                .param("c", client.value()).query(LocalDate.class).single();
    }

    long version(ClientId client) {
        return clients.version(client);
    }
}
