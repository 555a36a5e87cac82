package se.larmcentral.web.triage;

import se.larmcentral.triage.Advice;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.TriageVersions;

import java.util.List;

/**
 * An assessment as the API and {@code larm triage assess} answer it: the module's view (proposal with why, next
 * questions, priority, the regional response) and the advice to give the caller, in full.
 *
 * @param advice the advice of the criterion the priority rests on, or of the proposal while undecided; empty when
 *               there is neither or the centre no longer has the assessment's index version
 */
public record AssessmentReply(AssessmentView assessment, List<Advice> advice) {

    /** The reply, with the advice of the index version the assessment runs on. */
    public static AssessmentReply of(TriageVersions versions, AssessmentView view) {
        return new AssessmentReply(view, versions.index(view.indexVersion()).map(index -> adviceFor(index, view))
                .orElse(List.of()));
    }

    private static List<Advice> adviceFor(MedicalIndex index, AssessmentView view) {
        Criterion basis = view.decidedCode() != null
                ? index.criterion(view.decidedCode()).orElse(null)
                : view.proposal() == null ? null : view.proposal().criterion();
        if (basis == null) {
            return List.of();
        }
        return basis.advice().stream().map(id -> index.advice(id).orElseThrow()).toList();
    }
}
