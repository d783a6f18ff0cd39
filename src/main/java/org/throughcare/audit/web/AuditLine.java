package org.throughcare.audit.web;

import java.util.List;
import org.throughcare.audit.AuditEntry;
import org.throughcare.audit.AuditFact;

/**
 * An audit entry as the administrator's page shows it: the person by name (the username tried, for a login
 * nobody could be found for), and the details as facts that the page turns into words.
 */
record AuditLine(AuditEntry entry, String person, List<AuditFact> facts) {
}
