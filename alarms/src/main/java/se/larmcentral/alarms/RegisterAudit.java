package se.larmcentral.alarms;

import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.CustomerRegister;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.centre.audit.AuditEntry;
import se.larmcentral.centre.audit.AuditSource;
import se.larmcentral.centre.audit.AuditSubject;
import se.larmcentral.core.Recorded;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The alarm register's changes for the audit (subject {@code alarm-register}): who registered or changed a customer,
 * an alarm object, an action plan or a municipality's rescue service, with the content before (null when new) and after. Replays the register
 * privately, so each change is seen against what it replaced.
 */
public final class RegisterAudit implements AuditSource {

    /** The journal's names of the register's events: only these rows are decoded. */
    static final Set<String> EVENT_TYPES = Set.of("alarms.CustomerSaved", "alarms.AlarmObjectSaved",
            "alarms.ActionPlanSaved", "alarms.RescueServiceSaved");

    @Override
    public boolean covers(String eventType) {
        return EVENT_TYPES.contains(eventType);
    }

    @Override
    public Reader reader() {
        CustomerRegister register = new CustomerRegister();
        return (recorded, eventType, listed) -> {
            Optional<AuditEntry> entry = switch (recorded.event()) {
                case AlarmEvent.CustomerSaved c -> {
                    Customer before = register.customer(c.customer().id()).orElse(null);
                    register.saveCustomer(c.customer());
                    yield entry(recorded, eventType, c.customer().id(), "customer " + c.customer().id() + " ("
                            + c.customer().name() + ") " + (before == null ? "registered" : "changed"), before, c.customer());
                }
                case AlarmEvent.AlarmObjectSaved o -> {
                    AlarmObject before = register.object(o.object().id()).orElse(null);
                    register.saveObject(o.object());
                    yield entry(recorded, eventType, o.object().id(), "alarm object " + o.object().id() + " ("
                            + o.object().name() + ") of customer " + o.object().customerId() + " "
                            + (before == null ? "registered" : "changed") + ", accounts "
                            + String.join(", ", o.object().accounts()), before, o.object());
                }
                case AlarmEvent.ActionPlanSaved p -> {
                    ActionPlan plan = p.plan();
                    ActionPlan before = register.plans(plan.objectId()).stream()
                            .filter(x -> x.alarmClass() == plan.alarmClass()).findFirst().orElse(null);
                    register.savePlan(plan);
                    String kind = plan.alarmClass().name().toLowerCase(Locale.ROOT);
                    yield entry(recorded, eventType, plan.objectId() + "/" + kind, "action plan for " + kind
                            + " signals at " + plan.objectId() + " " + (before == null ? "set" : "replaced") + ", "
                            + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps"), before, plan);
                }
                case AlarmEvent.RescueServiceSaved r -> {
                    RescueService before = register.rescueService(r.service().municipalityCode()).orElse(null);
                    register.saveRescueService(r.service());
                    yield entry(recorded, eventType, r.service().municipalityCode(), "rescue service of "
                            + r.service().municipalityCode() + " " + r.service().municipality() + " "
                            + (before == null ? "registered" : "changed") + ": " + r.service().name() + ", "
                            + r.service().alarmNumber(), before, r.service());
                }
                default -> Optional.empty();
            };
            return listed ? entry : Optional.empty();
        };
    }

    private static Optional<AuditEntry> entry(Recorded recorded, String eventType, String subjectId, String summary,
                                              Object before, Object after) {
        return Optional.of(new AuditEntry(recorded.sequence(), recorded.at(), recorded.actor().id(),
                recorded.actor().kind().name(), eventType, AuditSubject.ALARM_REGISTER, subjectId, List.of(), summary,
                before, after));
    }
}
