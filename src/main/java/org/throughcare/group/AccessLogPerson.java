package org.throughcare.group;

import java.util.UUID;

/** Someone who appears in a client's access log: a choice of its "who" filter. */
public record AccessLogPerson(UUID id, String name) {
}
