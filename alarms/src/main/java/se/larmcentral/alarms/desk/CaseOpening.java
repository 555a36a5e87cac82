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
import se.larmcentral.core.SwedishTime;

import java.util.List;
import java.util.Optional;

/**
 * Whether a received signal becomes a case for the operator: alarms, faults and unknown codes do (someone must look);
 * tests, restorals, information and link tests do not, nor a Contact ID restore. A supervision fault (the transmitter
 * not heard) opens one too ({@link #silent}). Pure functions of the event, the register and the code table.
 */
public final class CaseOpening {

    /**
     * What a case opened by supervision is about: no code was sent, the transmitter was not heard (its case has the
     * empty code).
     */
    public static final SiaCode TRANSMITTER_SILENT = new SiaCode("", "Överföringsfel – sändaren hörs inte",
            "Transmission fault – transmitter not heard", AlarmClass.FAULT);

    private CaseOpening() {
    }

    /**
     * The case a supervision fault opens: a technical fault of the account, following the object's fault plan,
     * waiting since the report was due.
     */
    public static AlarmEvent.AlarmCaseOpened silent(AlarmEvent.TransmitterSilent s, CustomerRegister register,
                                                    String caseId) {
        AlarmPriority.Ranked ranked = AlarmPriority.of(TRANSMITTER_SILENT);
        Optional<AlarmObject> object = register.objectOfAccount(s.account());
        List<PlanStep> steps = steps(register, object, AlarmClass.FAULT);
        String explanation = "account " + s.account() + " not heard " + (s.lastHeard() == null ? "since supervision began"
                : "since " + SwedishTime.text(s.lastHeard())) + ", a report was due by " + SwedishTime.text(s.due())
                + "; " + where(s.account(), object, steps, AlarmClass.FAULT);
        return new AlarmEvent.AlarmCaseOpened(caseId, s.account(), "", "", "", AlarmClass.FAULT, ranked.priority(),
                explanation, object.map(AlarmObject::id).orElse(null), object.map(AlarmObject::customerId).orElse(null),
                AlarmClass.FAULT, steps, s.due());
    }

    private static List<PlanStep> steps(CustomerRegister register, Optional<AlarmObject> object, AlarmClass signal) {
        return object.flatMap(o -> register.planFor(o.id(), signal)).map(ActionPlan::steps).orElse(List.of());
    }

    private static String where(String account, Optional<AlarmObject> object, List<PlanStep> steps, AlarmClass signal) {
        return object.map(o -> "object " + o.id() + ", " + (steps.isEmpty() ? "no plan for " + ActionPlan.forClass(signal)
                : steps.size() + (steps.size() == 1 ? " plan step" : " plan steps"))).orElse("account " + account + " belongs to no object");
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
        List<PlanStep> steps = steps(register, object, signal);
        String explanation = ranked.explanation() + "; " + where(m.account(), object, steps, signal);
        return Optional.of(new AlarmEvent.AlarmCaseOpened(caseId, m.account(), m.sequence(), m.code(), m.zone(), signal,
                ranked.priority(), explanation, object.map(AlarmObject::id).orElse(null),
                object.map(AlarmObject::customerId).orElse(null), ActionPlan.forClass(signal), steps, m.receivedAt()));
    }
}
