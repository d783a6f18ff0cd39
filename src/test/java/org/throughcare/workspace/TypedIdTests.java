package org.throughcare.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

/**
 * Controllers take typed ids ({@code ClientId}) converted from the address and the acting user from the request.
 * On the wire nothing changes: the API document still says the id is a UUID, a malformed id is a bad parameter
 * in the API and an unknown page on the web, and nobody signed in is refused before anything is read.
 */
@IntegrationTest
class TypedIdTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiDocumentDescribesATypedIdAsAUuid() throws Exception {
        mvc.perform(get("/v3/api-docs").cookie(session("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}'].get.parameters[0].name").value("id"))
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}'].get.parameters[0].schema.type").value("string"))
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}'].get.parameters[0].schema.format").value("uuid"))
                .andExpect(jsonPath("$.paths['/api/v1/clients/{id}/plan'].get.parameters[0].schema.format")
                        .value("uuid"))
                .andExpect(jsonPath("$.components.schemas.ClientId").doesNotExist())
                // The acting user comes from the session or the credentials, never from the caller's request.
                .andExpect(jsonPath("$.components.schemas.Actor").doesNotExist());
    }

    @Test
    void aMalformedClientIdIsABadParameterInTheApi() throws Exception {
        mvc.perform(get("/api/v1/clients/not-a-uuid/group").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(post("/api/v1/clients/not-a-uuid/transitions").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"SCREENED\", \"effectiveOn\": \"2026-01-01\", \"reason\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aMalformedClientIdIsAnUnknownPage() throws Exception {
        Cookie session = session("coordinator");
        mvc.perform(get("/clients/not-a-uuid/assessment").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/clients/not-a-uuid/plan").cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void nobodySignedInIsRefusedBeforeTheActorIsNeeded() throws Exception {
        mvc.perform(get("/api/v1/clients/00000000-0000-0000-0000-000000000001/plan"))
                .andExpect(status().isUnauthorized());
    }

    private Cookie session(String username) throws Exception {
        return mvc.perform(formLogin().user(username).password("demo")).andReturn().getResponse().getCookie("SESSION");
    }
}
