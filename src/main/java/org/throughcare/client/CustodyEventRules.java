package org.throughcare.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.client.internal.CaseState;
import org.throughcare.shared.InvalidInputException.Problem;

/**
 * The rules a custody event must keep, each reported at the field that breaks it. What the event says on its
 * own (an institution that is no prison, a release in the future) is checked always; what it says about the
 * case as it stands (not in custody, the same institution) only when it is to change the case — an event that
 * arrives after a newer one is history of its own time, not of today's.
 */
final class CustodyEventRules {

    private CustodyEventRules() {
    }

    /** What the event says on its own; {@code prison}: its institution is a prison in the directory. */
    static List<Problem> checkInput(CustodyEventKind kind, RecordCustodyEvent e, boolean prison,
                                    boolean municipalityKnown, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if ((kind == CustodyEventKind.TRANSFER || kind == CustodyEventKind.RETURNED_TO_CUSTODY) && !prison) {
            problems.add(new Problem("institutionId", "validation.custody.notAPrison"));
        }
        if (kind == CustodyEventKind.MUNICIPALITY && !municipalityKnown) {
            problems.add(new Problem("municipalityCode", "validation.municipality.unknown",
                    e.municipalityCode() == null ? "—" : e.municipalityCode()));
        }
        if (kind == CustodyEventKind.EARLY_RELEASE && e.earlyReleaseType() == null) {
            problems.add(new Problem("earlyReleaseType", "validation.custodyEvent.earlyReleaseTypeRequired"));
        }
        if (kind == CustodyEventKind.RETURNED_TO_CUSTODY && e.returnReason() == null) {
            problems.add(new Problem("returnReason", "validation.custodyEvent.returnReasonRequired"));
        }
        boolean happened = kind != CustodyEventKind.RELEASE_DATE && kind != CustodyEventKind.EARLY_RELEASE;
        if (happened && e.effectiveOn() != null && e.effectiveOn().isAfter(today)) {
            problems.add(new Problem("effectiveOn", "validation.custodyEvent.inFuture"));
        }
        return problems;
    }

    /** What the event says about the case as it stands, before it changes it. */
    static List<Problem> checkAgainst(CustodyEventKind kind, RecordCustodyEvent e, CaseState state,
                                      String municipality) {
        List<Problem> problems = new ArrayList<>();
        CaseState.Episode episode = state.episode();
        boolean held = state.stage().inCustody() && episode != null && episode.held();
        if (kind.needsCustody() && !held) {
            problems.add(new Problem("clientId", "validation.custodyEvent.notInCustody"));
            return problems;
        }
        if (kind == CustodyEventKind.RETURNED_TO_CUSTODY && held) {
            problems.add(new Problem("clientId", "validation.custodyEvent.alreadyInCustody"));
        }
        LocalDate on = e.effectiveOn();
        LocalDate start = episode == null ? null : episode.sentenceStart();
        switch (kind) {
            case RELEASE_DATE -> {
                if (start != null && !on.isAfter(start)) {
                    problems.add(new Problem("effectiveOn", "validation.custody.releaseAfterStart"));
                } else if (episode.earlyReleaseDate() != null && episode.earlyReleaseDate().isAfter(on)) {
                    problems.add(new Problem("effectiveOn", "validation.custodyEvent.conditionalBeforeEarly",
                            episode.earlyReleaseDate()));
                }
            }
            case EARLY_RELEASE -> {
                LocalDate conditional = episode.conditionalReleaseDate();
                if (conditional != null && on.isAfter(conditional)) {
                    problems.add(new Problem("effectiveOn", "validation.custodyEvent.earlyAfterConditional",
                            conditional));
                } else if (start != null && !on.isAfter(start)) {
                    problems.add(new Problem("effectiveOn", "validation.custodyEvent.beforeSentenceStart", start));
                }
            }
            case RELEASED, TRANSFER -> {
                if (start != null && on.isBefore(start)) {
                    problems.add(new Problem("effectiveOn", "validation.custodyEvent.beforeSentenceStart", start));
                }
                if (kind == CustodyEventKind.TRANSFER && e.institutionId() != null
                        && e.institutionId().equals(episode.institutionId())) {
                    problems.add(new Problem("institutionId", "validation.custodyEvent.sameInstitution"));
                }
            }
            case MUNICIPALITY -> {
                if (e.municipalityCode() != null && e.municipalityCode().equals(municipality)) {
                    problems.add(new Problem("municipalityCode", "validation.custodyEvent.sameMunicipality"));
                }
            }
            case RETURNED_TO_CUSTODY -> {
                // A return needs only an institution and a reason, checked with the input.
            }
        }
        return problems;
    }
}
