package org.throughcare.workspace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.throughcare.IntegrationTest;

/**
 * An id in the address that is only blanks, and a required parameter left out, are answered like every other
 * bad value: a 400 problem in the caller's language naming the field, not Spring's English sentence without one.
 */
@IntegrationTest
class MissingApiValueTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aBlankIdInTheAddressIsAWrongValueAtItsField() throws Exception {
        String client = "/api/v1/clients/" + UUID.randomUUID();
        for (String path : new String[] {client + "/plan/measures/%20/history", client + "/plan/measures/%20"}) {
            mvc.perform(get(URI.create(path)).with(httpBasic("coordinator", "demo")).header("Accept-Language", "sv"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("En del av det du skickade är inte giltigt."))
                    .andExpect(jsonPath("$.errors[0].field").value("measureId"))
                    .andExpect(jsonPath("$.errors[0].message").value("Fel typ av värde."));
        }
    }

    @Test
    void aRequiredParameterLeftOutIsNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/v1/clients/" + UUID.randomUUID() + "/assessments/compare").param("from", "1")
                        .with(httpBasic("coordinator", "demo")).header("Accept-Language", "nb"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Noe av det du sendte, er ikke gyldig."))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
