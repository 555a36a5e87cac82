package se.larmcentral.triage.file;

import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.Response;
import se.larmcentral.triage.UnitType;

import java.util.List;

/** Criteria built in code for tests of the response rules. */
final class TestCriteria {

    private TestCriteria() {
    }

    static Criterion withPriority(int priority) {
        return withPriorityAndLights(priority, null);
    }

    static Criterion withPriorityAndLights(int priority, Boolean lights) {
        return new Criterion("A.01.01", priority, se.larmcentral.triage.Text.plain("test"), List.of(), new Response(UnitType.AMBULANCE, lights, List.of()),
                List.of(), List.of());
    }
}
