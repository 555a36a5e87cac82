package se.larmcentral.triage;

import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every case's priority assessment, by case id, built from the journal's triage events. */
public final class TriageState implements Projection {

    private final Map<String, Assessment> byCase = new LinkedHashMap<>();

    @Override
    public void apply(Recorded recorded) {
        if (!(recorded.event() instanceof TriageEvent event)) {
            return;
        }
        if (event instanceof TriageEvent.AssessmentStarted started) {
            byCase.put(started.caseId(), Assessment.started(started, recorded.at()));
            return;
        }
        Assessment current = byCase.get(event.caseId());
        if (current == null) {
            throw new IllegalStateException("event " + recorded.sequence() + " is for case " + event.caseId()
                    + ", which has no assessment");
        }
        byCase.put(event.caseId(), current.apply(event, recorded.at()));
    }

    public Optional<Assessment> assessment(String caseId) {
        return Optional.ofNullable(byCase.get(caseId));
    }

    public Collection<Assessment> assessments() {
        return Collections.unmodifiableCollection(byCase.values());
    }

    /** The assessment of a case as the API shows it. */
    public AssessmentView view(TriageConfig config, String caseId) {
        return AssessmentView.of(config, require(caseId));
    }

    Assessment require(String caseId) {
        CaseIds.check(caseId);
        Assessment a = byCase.get(caseId);
        if (a == null) {
            throw new NotFoundException("caseId", "case '" + caseId + "' has no triage assessment");
        }
        return a;
    }
}
