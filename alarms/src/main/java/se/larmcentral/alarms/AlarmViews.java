package se.larmcentral.alarms;

import se.larmcentral.alarms.codes.AlarmClass;
import se.larmcentral.alarms.codes.SiaCode;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.desk.AlarmCase;
import se.larmcentral.alarms.desk.AlarmCases;
import se.larmcentral.alarms.desk.CaseOpening;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.CustomerRegister;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.alarms.plans.StepKind;
import se.larmcentral.alarms.desk.RescueTarget;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.alarms.figures.AlarmFigures;
import se.larmcentral.centre.CentreState;

import java.time.Instant;
import java.util.List;

/** What the alarm operator and the administrator read: received signals with their object and plan; the register. */
public final class AlarmViews {

    private AlarmViews() {
    }

    /**
     * A received signal as the operator sees it: what was sent, what it means, where it came from and what to do.
     * An account no object holds has no object, customer or steps (shown as such: the signal is still recorded).
     *
     * @param meaning   the code's meaning and class; an unknown code as unknown
     * @param planClass the class of the plan that applies (an unknown code follows the alarm plan)
     * @param steps     the plan's steps in order; empty when the object has no plan for it
     */
    public record ReceivedAlarm(String account, String sequence, String type, String code, String zone,
                                String qualifier, Instant receivedAt, String transmitter, SiaCode meaning,
                                AlarmObject object, Customer customer, AlarmClass planClass, List<PlanStep> steps) {
    }

    /** The latest received signals, newest first. */
    public record ReceivedAlarms(List<ReceivedAlarm> alarms) {
    }

    /** A customer with its objects, each with its plans. */
    public record CustomerView(Customer customer, List<ObjectView> objects) {
    }

    public record ObjectView(AlarmObject object, List<ActionPlan> plans) {
    }

    public record Customers(List<CustomerView> customers) {
    }

    /**
     * An alarm case as the operator's desk shows it: the case, its code's meaning, its object and customer (null
     * when the account belongs to no object).
     */
    public record CaseView(AlarmCase alarmCase, SiaCode meaning, AlarmObject object, Customer customer,
                           RescueCall rescueService) {
    }

    /**
     * For an open case whose plan has a step to alert the rescue service, not yet alerted: whom the operator alerts
     * (the service of the object's municipality), or why there is none (in Swedish); null for every other case.
     */
    public record RescueCall(RescueService service, String unknown) {
    }

    /** The open cases in handling order (priority, then the longest waiting) and the latest closed, newest first. */
    public record Cases(List<CaseView> open, List<CaseView> closed) {
    }

    /** The open cases and the latest {@code closed} closed ones, each joined to its meaning, object and customer. */
    public static Cases cases(CentreState state, SiaCodeTable codes, int closed) {
        AlarmLog log = state.extension(AlarmLog.class);
        AlarmCases cases = log.cases();
        return new Cases(cases.open().stream().map(c -> view(log.register(), codes, c, rescueCall(state, c))).toList(),
                cases.closed(closed).stream().map(c -> view(log.register(), codes, c, null)).toList());
    }

    private static RescueCall rescueCall(CentreState state, AlarmCase c) {
        if (c.rescue() != null || c.steps().stream().noneMatch(s -> s.kind() == StepKind.ALERT_RESCUE_SERVICE)) {
            return null;
        }
        return switch (RescueTargets.of(state, c.objectId())) {
            case RescueTarget.Known known -> new RescueCall(known.service(), null);
            case RescueTarget.Unknown unknown -> new RescueCall(null, unknown.reason());
        };
    }

    /** One case joined to its meaning, object and customer. */
    static CaseView view(CustomerRegister register, SiaCodeTable codes, AlarmCase c, RescueCall rescue) {
        AlarmObject object = c.objectId() == null ? null : register.object(c.objectId()).orElse(null);
        Customer customer = c.customerId() == null ? null : register.customer(c.customerId()).orElse(null);
        SiaCode meaning = c.code().isEmpty() ? CaseOpening.TRANSMITTER_SILENT : codes.describe(c.code());
        return new CaseView(c, meaning, object, customer, rescue);
    }

    /** The latest {@code limit} signals other than link tests, each joined to its object and plan. */
    public static ReceivedAlarms received(CentreState state, SiaCodeTable codes, int limit) {
        AlarmLog log = state.extension(AlarmLog.class);
        CustomerRegister register = log.register();
        return new ReceivedAlarms(log.latest(limit).stream().map(m -> {
            SiaCode meaning = codes.describe(m.code());
            AlarmObject object = register.objectOfAccount(m.account()).orElse(null);
            Customer customer = object == null ? null : register.customer(object.customerId()).orElse(null);
            List<PlanStep> steps = object == null ? List.of() : register.planFor(object.id(), meaning.alarmClass())
                    .map(ActionPlan::steps).orElse(List.of());
            return new ReceivedAlarm(m.account(), m.sequence(), m.type().token(), m.code(), m.zone(), m.qualifier(),
                    m.receivedAt(), m.transmitter(), meaning, object, customer,
                    ActionPlan.forClass(meaning.alarmClass()), steps);
        }).toList());
    }

    /** The rescue services by municipality code. */
    public record RescueServices(List<RescueService> services) {
    }

    public static RescueServices rescueServices(CentreState state) {
        return new RescueServices(state.extension(AlarmLog.class).register().rescueServices());
    }

    /** The figures per customer over whole Swedish days. */
    public static AlarmFigures.Figures figures(CentreState state, AlarmFigures.Period period) {
        AlarmLog log = state.extension(AlarmLog.class);
        return AlarmFigures.of(period, log.figures().cases(), log.figures().receivedPerDay(),
                id -> log.register().customer(id).map(Customer::name).orElse(null));
    }

    /** Every customer with its objects and plans. */
    public static Customers customers(CentreState state) {
        CustomerRegister register = state.extension(AlarmLog.class).register();
        return new Customers(register.customers().stream().map(c -> new CustomerView(c, register.objects(c.id())
                .stream().map(o -> new ObjectView(o, register.plans(o.id()))).toList())).toList());
    }
}
