package se.larmcentral.alarms.desk;

import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.codes.SiaCode;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.dc09.MessageType;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.CustomerRegister;
import se.larmcentral.alarms.plans.PlanStep;

import java.util.List;
import java.util.Optional;

/**
 * Whether a received signal becomes a case for the operator: alarms, faults and unknown codes do (someone must look);
 * tests, restorals, information and link tests do not, nor a Contact ID restore. A pure function of the message, the
 * register and the code table.
 */
public final class CaseOpening {

    private CaseOpening() {
    }

    public static Optional<AlarmEvent.AlarmCaseOpened> of(AlarmEvent.MessageReceived m, CustomerRegister register,
                                                         SiaCodeTable codes, String caseId) {
        if (m.type() == MessageType.NULL || "RESTORE".equals(m.qualifier())) {
            return Optional.empty();
        }
        SiaCode meaning = codes.describe(m.code());
        AlarmClass signal = meaning.alarmClass();
        if (signal != AlarmClass.ALARM && signal != AlarmClass.FAULT && signal != AlarmClass.UNKNOWN) {
            return Optional.empty();
        }
        AlarmPriority.Ranked ranked = AlarmPriority.of(meaning);
        Optional<AlarmObject> object = register.objectOfAccount(m.account());
        List<PlanStep> steps = object.flatMap(o -> register.planFor(o.id(), signal)).map(ActionPlan::steps)
                .orElse(List.of());
        String explanation = ranked.explanation() + "; " + object.map(o -> "object " + o.id() + ", "
                + (steps.isEmpty() ? "no plan for " + ActionPlan.forClass(signal) : steps.size() + " plan steps"))
                .orElse("account " + m.account() + " belongs to no object");
        return Optional.of(new AlarmEvent.AlarmCaseOpened(caseId, m.account(), m.sequence(), m.code(), m.zone(), signal,
                ranked.priority(), explanation, object.map(AlarmObject::id).orElse(null),
                object.map(AlarmObject::customerId).orElse(null), ActionPlan.forClass(signal), steps, m.receivedAt()));
    }
}
