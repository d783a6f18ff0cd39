package org.throughcare.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.throughcare.shared.NeedArea;

/**
 * A referral as its reader may see it. {@code clientName}: only for readers of the client's basic facts;
 * {@code status} with its FHIR {@code Task.status} code; {@code goals} with their outcome once the service ran its
 * course; {@code history}: every change, oldest first; {@code next}: the changes the reader may make;
 * {@code proposedMembers}: workers the service proposed for the group, for those who manage the case to confirm.
 */
public record ReferralView(UUID id, UUID clientId, String clientName, UUID serviceId, String serviceName,
                           UUID organisationId, String organisationName, NeedArea needArea, String reason,
                           Urgency urgency, String fhirPriority, String clientWishes, List<Goal> goals, UUID measureId,
                           String outsideAreaReason, ReferralStatus status, String fhirTaskStatus,
                           LocalDate expectedStart, String endNote, String referredBy, Instant referredAt,
                           Instant changedAt, long version, List<Change> history, List<Step> next,
                           List<ProposedMember> proposedMembers) {

    public record Goal(String text, GoalOutcome outcome) {
    }

    public record Change(ReferralStatus from, ReferralStatus to, String fhirTaskStatus, ReferralSide side,
                         String reason, LocalDate expectedStart, String by, Instant at) {
    }

    /** A change the reader may make, and what it must carry. */
    public record Step(ReferralStatus to, boolean reasonRequired, boolean expectedStartRequired,
                       boolean outcomeRequired) {
    }

    public record ProposedMember(UUID proposalId, String personName, String decision) {
    }
}
