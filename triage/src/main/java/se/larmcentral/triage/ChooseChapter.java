package se.larmcentral.triage;

import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Moves a case's interview to a chapter (number or id); the answers so far are kept. */
public record ChooseChapter(String caseId, String chapter)
        implements Command<TriageState, AssessmentView> {

    @Override
    public Decision<AssessmentView> decide(TriageState state, Instant now) {
        InterviewProgress.Running running = InterviewProgress.current(state, caseId);
        TriageConfig config = running.config();
        Assessment before = running.assessment();
        Chapter target = InterviewProgress.chapter(config, chapter);
        if (target.id().equals(before.chapter())) {
            return Decision.of(AssessmentView.of(config, before));
        }
        List<TriageEvent> events = new ArrayList<>();
        events.add(new TriageEvent.ChapterChosen(caseId, target.id()));
        Assessment moved = before.after(events, now);
        events.addAll(InterviewProgress.followUp(config, before, moved));
        return Decision.of(AssessmentView.of(config, before.after(events, now)), events);
    }
}
