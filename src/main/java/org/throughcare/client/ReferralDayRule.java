package org.throughcare.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.internal.ClientRecords;
import org.throughcare.shared.ClientId;
import org.throughcare.shared.InvalidInputException;
import org.throughcare.shared.InvalidInputException.Problem;

/**
 * Nothing in a case's history lies before the day the client was referred: a record dated earlier (a handover, a
 * consent given, a membership of the group starting) would count in figures for days the client was not in the
 * programme. One rule for this module's records and for other modules' records of the same case, refused at the
 * field that holds the day with the referral day named. Callers have passed the gate for a change of the case,
 * so telling them the referral day reveals nothing more than the case already shows them.
 */
@NamedInterface("api")
@Service
public class ReferralDayRule {

    static final String BEFORE_REFERRAL = "validation.history.beforeReferral";

    private final ClientRecords records;

    ReferralDayRule(ClientRecords records) {
        this.records = records;
    }

    /** The problem at {@code field} when {@code day} lies before the client's referral; empty when it does not. */
    @Transactional(readOnly = true)
    public Optional<Problem> problem(ClientId client, String field, LocalDate day) {
        if (day == null) {
            return Optional.empty();
        }
        return records.referredOn(client.value()).filter(day::isBefore)
                .map(referredOn -> new Problem(field, BEFORE_REFERRAL, referredOn));
    }

    /** {@code wanted}, or the referral day when {@code wanted} lies before it: for records made up (the demo). */
    @Transactional(readOnly = true)
    public LocalDate notBefore(ClientId client, LocalDate wanted) {
        return records.referredOn(client.value()).filter(wanted::isBefore).orElse(wanted);
    }

    /** Refuses {@code day} at {@code field} when it lies before the client's referral. */
    @Transactional(readOnly = true)
    public void require(ClientId client, String field, LocalDate day) {
        problem(client, field, day).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
    }
}
