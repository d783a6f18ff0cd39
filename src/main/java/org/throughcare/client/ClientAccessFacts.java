package org.throughcare.client;

import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.client.internal.ClientRecords;
import org.throughcare.shared.ClientId;

/**
 * The few facts about a case that the access gate decides on — office, coordinator, and the institution
 * while the client is in custody. For the gate, and for a reader the gate has just let read basic facts (the
 * group names the coordinator): these facts are read unguarded because they are what guarding needs. A bean of
 * its own so that the gate never depends on the client reads it guards.
 */
@NamedInterface("api")
@Service
public class ClientAccessFacts {

    public record Facts(UUID probationOfficeId, UUID coordinatorId, UUID custodyInstitutionId) {
    }

    /** How to address the client and name them to others: their name and their preferred language (free text). */
    public record Addressing(String fullName, String preferredLanguage) {
    }

    private final ClientRecords records;

    ClientAccessFacts(ClientRecords records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Optional<Facts> of(ClientId client) {
        return records.state(client.value()).map(state -> new Facts(state.probationOfficeId(),
                records.coordinatorOf(client.value()),
                state.stage().inCustody() && state.episode() != null && state.episode().held()
                        ? state.episode().institutionId() : null));
    }

    /**
     * Unguarded, like the facts above: for a module that has just let the gate decide, for its reader, that the
     * client's basic facts may be shown to them (a notice names the client), or that writes to the client in
     * their own language.
     */
    @Transactional(readOnly = true)
    public Optional<Addressing> addressing(ClientId client) {
        return records.nameAndLanguage(client.value()).map(row -> new Addressing(row[0], row[1]));
    }

    /**
     * Unguarded, like the facts above: the conditional release date of the client's current custody episode, for
     * a module re-dating what hung on the release date when an early release replaces it (no personal data leaves
     * the module that asks).
     */
    @Transactional(readOnly = true)
    public Optional<java.time.LocalDate> conditionalReleaseDate(ClientId client) {
        return records.state(client.value()).map(state -> state.episode())
                .map(episode -> episode.conditionalReleaseDate());
    }
}
