package se.larmcentral.triage;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a case's priority assessment from the key questions ({@code chapter} null) or in a chapter (number or
 * id), on the current index and rules (it keeps them when newer ones are published). One assessment per case; a decided case is changed by {@link Reprioritise} or {@link OverridePriority}.
 */
public record StartAssessment(String caseId, String chapter)
        implements Command<TriageState, AssessmentView> {

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        CaseIds.check(caseId);
        if (state.assessment(caseId).isPresent()) {
            throw new ConflictException("caseId", "case '" + caseId + "' already has an assessment;"
                    + " answer, re-prioritise or override it instead");
        }
        TriageConfig config = state.versions().current();
        String chapterId = chapter == null ? null : InterviewProgress.chapter(config, chapter).id();
        var started = new TriageEvent.AssessmentStarted(caseId, config.index().version(), chapterId,
                config.rules().version());
        Assessment fresh = Assessment.started(started, now);
        List<TriageEvent> events = new ArrayList<>();
        events.add(started);
        events.addAll(InterviewProgress.followUp(config, null, fresh));
        return Decision.of(AssessmentView.of(config, fresh.after(events.subList(1, events.size()), now)), events);
    }
}
