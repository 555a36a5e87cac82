package se.larmcentral.web.triage;

import se.larmcentral.triage.Advice;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.TriageVersions;

import java.util.List;

/**
 * An assessment as the API and {@code larm triage assess} answer it, in the reader's language: the module's view
 * (proposal with why, next questions, priority, the regional response) and the advice to give the caller, in full.
 *
 * @param language the language the index's texts are in (the one asked for when the assessment's index has it,
 *                 else its first); {@code null} when they have no stated language or the index is gone
 * @param advice   the advice of the criterion the priority rests on, or of the proposal while undecided (with the
 *                 chapter's own advice when a key criterion settled it); empty when
 *                 there is neither or the centre no longer has the assessment's index version
 */
public record AssessmentReply(String language, AssessmentView assessment, List<Advice> advice) {

    /** The reply in the language asked for, with the advice of the index version the assessment runs on. */
    public static AssessmentReply of(TriageVersions versions, AssessmentView view, String requested) {
        MedicalIndex index = versions.index(view.indexVersion()).orElse(null);
        if (index == null) {
            return new AssessmentReply(null, view, List.of());
        }
        String language = index.languageFor(requested);
        List<Advice> advice = adviceFor(index, view).stream().map(a -> a.in(language)).toList();
        return new AssessmentReply(language, view.in(index, language == null ? requested : language), advice);
    }

    private static List<Advice> adviceFor(MedicalIndex index, AssessmentView view) {
        Criterion basis = view.decidedCode() != null
                ? index.criterion(view.decidedCode()).orElse(null)
                : view.proposal() == null ? null : view.proposal().criterion();
        if (basis == null) {
            return List.of();
        }
        return index.adviceFor(view.chapter(), basis);
    }
}
