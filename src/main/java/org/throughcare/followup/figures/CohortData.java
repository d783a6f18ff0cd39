package org.throughcare.followup.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the modules' follow-up views say about a cohort's clients, read once per request. */
public record CohortData(LocalDate referenceDate, List<ClientRow> clients, Map<UUID, ScreeningRow> screenings,
                         List<AgencyRow> agencies, List<HandoverRow> handovers, List<ConsentRow> consents,
                         List<RatingRow> ratings, List<MeasureRow> measures, List<CustodyEventRow> custodyEvents,
                         List<DateChangeRow> dateChanges, List<AcknowledgementRow> acknowledgements,
                         List<MeetingRow> meetings) {

    public record ClientRow(UUID id, UUID office, String municipality, String gender, LocalDate referred,
                            LocalDate screened, LocalDate consented, LocalDate enrolled, LocalDate released,
                            LocalDate completed, LocalDate returned, LocalDate exited, String exitStage, String offence,
                            String risk) {
    }

    public record ScreeningRow(UUID client, String decision, Map<String, String> criteria) {
    }

    public record AgencyRow(UUID client, UUID organisation, String agencyType, LocalDate from, LocalDate to) {
    }

    public record HandoverRow(UUID client, LocalDate on) {
    }

    public record ConsentRow(UUID consent, UUID client, String form, LocalDate given, LocalDate validUntil,
                             LocalDate withdrawn, UUID organisation) {
    }

    public record RatingRow(UUID client, int version, LocalDate assessed, String area, String rating) {
    }

    public record MeasureRow(UUID client, String area, String phase, String status, String ownerType) {
    }

    public record CustodyEventRow(UUID client, String kind, LocalDate on) {
    }

    public record DateChangeRow(UUID client, LocalDate on) {
    }

    public record AcknowledgementRow(UUID event, UUID client, Instant created, int recipients, int acknowledged,
                                     Instant lastAcknowledged) {
    }

    /** A meeting as the meeting module publishes it (V32): when, its phase against the release date then known. */
    public record MeetingRow(UUID client, LocalDate on, String phase, boolean held, Boolean clientAttended) {
    }

    /** Whether something dated {@code date} had happened by the reference date. */
    public boolean happened(LocalDate date) {
        return date != null && !date.isAfter(referenceDate);
    }
}
