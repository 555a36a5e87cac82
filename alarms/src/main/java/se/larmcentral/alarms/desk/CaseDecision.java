package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.AlarmEvent;

import java.util.List;

/** What the desk decided for one action on a case: the events to record and why, or a refusal naming the field. */
public sealed interface CaseDecision {

    /**
     * Record these events (none: the action was already done, e.g. taking a case one holds).
     *
     * @param after the case as it is once they are recorded
     */
    record Accepted(List<AlarmEvent> events, String explanation, AlarmCase after) implements CaseDecision {

        public Accepted {
            events = List.copyOf(events);
        }
    }

    /** Nothing is recorded: {@code reason} says why in Swedish, for the operator (without the field's name). */
    record Refused(Refusal refusal, String field, String reason) implements CaseDecision {
    }

    /** What kind of refusal: bad input, no such case, or the case's state forbids it. */
    enum Refusal {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }
}
