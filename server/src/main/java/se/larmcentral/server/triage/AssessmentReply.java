package se.larmcentral.server.triage;

import se.larmcentral.triage.Advice;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.TriageConfig;

import java.util.List;

/**
 * An assessment as the API and {@code larm triage assess} answer it: the module's view (proposal with why, next
 * questions, priority, the regional response) and the advice to give the caller, in full.
 *
 * @param advice the advice of the criterion the priority rests on, or of the proposal while undecided; empty when
 *               there is neither or the assessment used another index version
 */
public record AssessmentReply(AssessmentView assessment, List<Advice> advice) {

    public static AssessmentReply of(TriageConfig config, AssessmentView view) {
        return new AssessmentReply(view, adviceFor(config, view));
    }

    private static List<Advice> adviceFor(TriageConfig config, AssessmentView view) {
        if (!view.indexCurrent()) {
            return List.of();
        }
        Criterion basis = view.decidedCode() != null
                ? config.index().criterion(view.decidedCode()).orElse(null)
                : view.proposal() == null ? null : view.proposal().criterion();
        if (basis == null) {
            return List.of();
        }
        return basis.advice().stream().map(id -> config.index().advice(id).orElseThrow()).toList();
    }
}
