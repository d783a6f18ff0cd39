package org.throughcare.workspace.fuzz;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One malformed request: the operation it exercises, who sends it, what is wrong with it. */
record Probe(String operation, String user, String label, MockHttpServletRequestBuilder request) {
}
