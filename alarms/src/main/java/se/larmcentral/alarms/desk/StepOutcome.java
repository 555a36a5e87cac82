package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.plans.StepKind;

import java.util.EnumSet;
import java.util.Set;

/** How one step of the action plan went (utfall): a call answered or not, a guard or 112 alerted, a step skipped. */
public enum StepOutcome {
    ANSWERED,
    NO_ANSWER,
    BUSY,
    ALERTED,
    SKIPPED;

    private static final Set<StepOutcome> CALL = EnumSet.of(ANSWERED, NO_ANSWER, BUSY, SKIPPED);
    private static final Set<StepOutcome> ALERT = EnumSet.of(ALERTED, NO_ANSWER, BUSY, SKIPPED);

    /** The outcomes a step of this kind can have: a call is answered or not; a guard or 112 is alerted or not. */
    public static Set<StepOutcome> allowedFor(StepKind kind) {
        return switch (kind) {
            case CALL_KEY_HOLDERS, NOTIFY_ON_CALL -> CALL;
            case SEND_GUARD, CALL_112, ALERT_RESCUE_SERVICE -> ALERT;
        };
    }
}
