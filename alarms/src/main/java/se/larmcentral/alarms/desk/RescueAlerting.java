package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.alarms.plans.StepKind;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * When a case alerts the municipal rescue service (räddningstjänst), as a pure function: a fire signal from an object
 * whose plan has an {@code alert_rescue_service} step marked at once (automatlarm) alerts the service of the
 * object's municipality on receipt, in the commit that opens the case; otherwise the operator does the step
 * ({@link AlarmDesk}). The centre's dispatch is ambulance care: nothing goes to its queue.
 */
public final class RescueAlerting {

    /** Fire signals: SIA fire, heat and sprinkler alarms; Contact ID 110-117 (fire, smoke, ..., flame). */
    public static final Set<String> FIRE_CODES = Set.of("FA", "KA", "SA", "110", "111", "112", "113", "114", "115",
            "116", "117");

    private RescueAlerting() {
    }

    /**
     * What receipt does: the case opened (its explanation saying what was done about the rescue service when its plan
     * says at once), and the alert when one was made.
     */
    public record OnReceipt(AlarmEvent.AlarmCaseOpened opened, Optional<AlarmEvent.RescueServiceAlerted> alert) {
    }

    /** Whether the signal is a fire alarm. */
    public static boolean fire(String code) {
        return code != null && FIRE_CODES.contains(code);
    }

    public static OnReceipt onReceipt(AlarmEvent.AlarmCaseOpened opened, RescueTarget target, Instant now) {
        return onReceipt(opened, () -> target, now);
    }

    /** As above, the target found only when the signal and the plan call for it (locating costs a lookup). */
    public static OnReceipt onReceipt(AlarmEvent.AlarmCaseOpened opened, Supplier<RescueTarget> target, Instant now) {
        int step = atOnceStep(opened);
        if (step == 0 || !fire(opened.code())) {
            return new OnReceipt(opened, Optional.empty());
        }
        return switch (target.get()) {
            case RescueTarget.Known known -> new OnReceipt(explained(opened, "rescue service " + known.service().name()
                    + " (" + known.service().municipalityCode() + " " + known.service().municipality()
                    + ") alerted automatically by plan step " + step),
                    Optional.of(alert(opened.caseId(), opened.objectId(), opened.code(), known.service(), step, null, now)));
            case RescueTarget.Unknown unknown -> new OnReceipt(explained(opened, "plan step " + step
                    + " says alert the rescue service at once, not done: " + unknown.reason()), Optional.empty());
        };
    }

    /** The alert a case's step makes. */
    static AlarmEvent.RescueServiceAlerted alert(String caseId, String objectId, String code, RescueService service,
                                                int step, String operator, Instant now) {
        return new AlarmEvent.RescueServiceAlerted(caseId, objectId, service.municipalityCode(), service.municipality(),
                service.name(), service.alarmNumber(), service.alarmAddress(), code, step, operator, now);
    }

    /** The number (from 1) of the plan's first rescue step marked at once, or 0. */
    private static int atOnceStep(AlarmEvent.AlarmCaseOpened opened) {
        for (int i = 0; i < opened.steps().size(); i++) {
            PlanStep s = opened.steps().get(i);
            if (s.kind() == StepKind.ALERT_RESCUE_SERVICE && s.atOnce()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static AlarmEvent.AlarmCaseOpened explained(AlarmEvent.AlarmCaseOpened o, String more) {
        return new AlarmEvent.AlarmCaseOpened(o.caseId(), o.account(), o.sequence(), o.code(), o.zone(), o.alarmClass(),
                o.priority(), o.explanation() + "; " + more, o.objectId(), o.customerId(), o.planClass(), o.steps(),
                o.receivedAt());
    }
}
