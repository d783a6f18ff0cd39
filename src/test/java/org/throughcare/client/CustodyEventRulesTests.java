package org.throughcare.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.throughcare.client.internal.CaseState;
import org.throughcare.shared.InvalidInputException.Problem;

/** The custody event rules at their boundaries: the day before, the day itself and the day after. */
class CustodyEventRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate START = TODAY.minusYears(1);
    static final LocalDate CONDITIONAL = TODAY.plusDays(60);
    static final UUID PRISON = UUID.randomUUID();

    static CaseState held(Stage stage, LocalDate early, LocalDate releasedOn) {
        return new CaseState(UUID.randomUUID(), 1, UUID.randomUUID(), stage, START, null,
                new CaseState.Episode(UUID.randomUUID(), 1, PRISON, START, 24, CONDITIONAL, null, null, false, null,
                        null, null, null, early == null ? null : "ELECTRONIC_MONITORING", early, releasedOn));
    }

    static RecordCustodyEvent on(LocalDate date) {
        return new RecordCustodyEvent(date, null, null, null, null, "why", 1L);
    }

    static List<String> against(CustodyEventKind kind, RecordCustodyEvent e, CaseState state) {
        return CustodyEventRules.checkAgainst(kind, e, state, "2480").stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void anEarlyReleaseMayFallOnTheConditionalReleaseDateButNotAfterIt() {
        CaseState state = held(Stage.ENROLLED, null, null);
        assertThat(against(CustodyEventKind.EARLY_RELEASE, on(CONDITIONAL), state)).isEmpty();
        assertThat(against(CustodyEventKind.EARLY_RELEASE, on(CONDITIONAL.plusDays(1)), state))
                .containsExactly("effectiveOn:validation.custodyEvent.earlyAfterConditional");
        assertThat(against(CustodyEventKind.EARLY_RELEASE, on(START), state))
                .containsExactly("effectiveOn:validation.custodyEvent.beforeSentenceStart");
    }

    @Test
    void aReleaseDateMustComeAfterTheSentenceStartAndNotBeforeAnEarlyRelease() {
        CaseState state = held(Stage.ENROLLED, TODAY.plusDays(30), null);
        assertThat(against(CustodyEventKind.RELEASE_DATE, on(START), state))
                .containsExactly("effectiveOn:validation.custody.releaseAfterStart");
        assertThat(against(CustodyEventKind.RELEASE_DATE, on(TODAY.plusDays(29)), state))
                .containsExactly("effectiveOn:validation.custodyEvent.conditionalBeforeEarly");
        assertThat(against(CustodyEventKind.RELEASE_DATE, on(TODAY.plusDays(30)), state)).isEmpty();
    }

    @Test
    void aReleaseMayBeOnTheSentenceStartAndTodayButNotBeforeOrInTheFuture() {
        CaseState state = held(Stage.ENROLLED, null, null);
        assertThat(against(CustodyEventKind.RELEASED, on(START), state)).isEmpty();
        assertThat(against(CustodyEventKind.RELEASED, on(START.minusDays(1)), state))
                .containsExactly("effectiveOn:validation.custodyEvent.beforeSentenceStart");
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.RELEASED, on(TODAY), false, false, TODAY)).isEmpty();
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.RELEASED, on(TODAY.plusDays(1)), false, false, TODAY))
                .extracting(Problem::messageKey).containsExactly("validation.custodyEvent.inFuture");
        // A release date and an early release lie ahead by nature.
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.RELEASE_DATE, on(TODAY.plusDays(9)), false, false,
                TODAY)).isEmpty();
    }

    @Test
    void onlyAClientHeldIsTransferredOrReleasedAndOnlyOneNotHeldReturns() {
        CaseState released = held(Stage.RELEASED, null, TODAY.minusDays(1));
        CaseState stillHeldButReleasedFromTheEpisode = held(Stage.ENROLLED, null, TODAY.minusDays(1));
        RecordCustodyEvent transfer = new RecordCustodyEvent(TODAY, UUID.randomUUID(), null, null, null, "why", 1L);
        assertThat(against(CustodyEventKind.TRANSFER, transfer, released))
                .containsExactly("clientId:validation.custodyEvent.notInCustody");
        assertThat(against(CustodyEventKind.TRANSFER, transfer, stillHeldButReleasedFromTheEpisode))
                .containsExactly("clientId:validation.custodyEvent.notInCustody");
        assertThat(against(CustodyEventKind.RETURNED_TO_CUSTODY, transfer, released)).isEmpty();
        assertThat(against(CustodyEventKind.RETURNED_TO_CUSTODY, transfer, held(Stage.ENROLLED, null, null)))
                .containsExactly("clientId:validation.custodyEvent.alreadyInCustody");
        assertThat(against(CustodyEventKind.TRANSFER, new RecordCustodyEvent(TODAY, PRISON, null, null, null, "why",
                1L), held(Stage.ENROLLED, null, null)))
                .containsExactly("institutionId:validation.custodyEvent.sameInstitution");
        // A municipality changes whether or not the client is held, but not to itself.
        RecordCustodyEvent same = new RecordCustodyEvent(TODAY, null, "2480", null, null, "why", 1L);
        assertThat(against(CustodyEventKind.MUNICIPALITY, same, released))
                .containsExactly("municipalityCode:validation.custodyEvent.sameMunicipality");
    }

    @Test
    void eachKindNeedsItsOwnFields() {
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.TRANSFER, on(TODAY), false, false, TODAY))
                .extracting(Problem::field).containsExactly("institutionId");
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.EARLY_RELEASE, on(TODAY), false, false, TODAY))
                .extracting(Problem::field).containsExactly("earlyReleaseType");
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.RETURNED_TO_CUSTODY, on(TODAY), true, false, TODAY))
                .extracting(Problem::field).containsExactly("returnReason");
        assertThat(CustodyEventRules.checkInput(CustodyEventKind.MUNICIPALITY, on(TODAY), false, false, TODAY))
                .extracting(Problem::field).containsExactly("municipalityCode");
    }
}
