package org.throughcare.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.throughcare.client.internal.CaseState;
import org.throughcare.shared.InvalidInputException.Problem;

/** The rules a custody episode's dates and facts must keep, each reported at the field that breaks it. */
final class CustodyRules {

    private CustodyRules() {
    }

    static List<Problem> check(RecordCustody form, CaseState.Episode before) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = form.sentenceStart();
        LocalDate release = form.conditionalReleaseDate();
        LocalDate expiry = form.sentenceExpiry();
        if (start != null && release != null && !release.isAfter(start)) {
            problems.add(new Problem("conditionalReleaseDate", "validation.custody.releaseAfterStart"));
        }
        if (expiry != null && release != null && expiry.isBefore(release)) {
            problems.add(new Problem("sentenceExpiry", "validation.custody.expiryAfterRelease"));
        } else if (expiry != null && start != null && !expiry.isAfter(start)) {
            problems.add(new Problem("sentenceExpiry", "validation.custody.expiryAfterStart"));
        }
        if (form.supervisionEnd() != null && release != null && !form.supervisionEnd().isAfter(release)) {
            problems.add(new Problem("supervisionEnd", "validation.custody.supervisionAfterRelease"));
        }
        if (form.riskLevel() != null && (form.riskInstrument() == null || form.riskInstrument().isBlank())) {
            problems.add(new Problem("riskInstrument", "validation.custody.riskInstrumentRequired"));
        }
        if (form.riskLevel() != null && form.riskAssessedOn() == null) {
            problems.add(new Problem("riskAssessedOn", "validation.custody.riskDateRequired"));
        }
        boolean changesASetDate = false;
        for (KeyDate field : KeyDate.values()) {
            LocalDate old = valueOf(before, field);
            changesASetDate |= old != null && !old.equals(valueOf(form, field));
        }
        if (changesASetDate && (form.reason() == null || form.reason().isBlank())) {
            problems.add(new Problem("reason", "validation.custody.reasonRequired"));
        }
        return problems;
    }

    static LocalDate valueOf(CaseState.Episode episode, KeyDate field) {
        if (episode == null) {
            return null;
        }
        return switch (field) {
            case SENTENCE_START -> episode.sentenceStart();
            case CONDITIONAL_RELEASE -> episode.conditionalReleaseDate();
            case SENTENCE_EXPIRY -> episode.sentenceExpiry();
            case SUPERVISION_END -> episode.supervisionEnd();
        };
    }

    static LocalDate valueOf(RecordCustody form, KeyDate field) {
        return switch (field) {
            case SENTENCE_START -> form.sentenceStart();
            case CONDITIONAL_RELEASE -> form.conditionalReleaseDate();
            case SENTENCE_EXPIRY -> form.sentenceExpiry();
            case SUPERVISION_END -> form.supervisionEnd();
        };
    }
}
