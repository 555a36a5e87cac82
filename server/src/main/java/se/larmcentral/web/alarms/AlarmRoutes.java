package se.larmcentral.web.alarms;

import io.javalin.http.Context;
import se.larmcentral.alarms.AlarmViews;
import se.larmcentral.alarms.HandleAlarmCase;
import se.larmcentral.alarms.desk.AlarmCases;
import se.larmcentral.alarms.desk.CaseAction;
import se.larmcentral.alarms.SaveActionPlan;
import se.larmcentral.alarms.SaveAlarmObject;
import se.larmcentral.alarms.SaveCustomer;
import se.larmcentral.alarms.AddRescueServices;
import se.larmcentral.alarms.SaveRescueService;
import se.larmcentral.alarms.figures.AlarmFigures;
import se.larmcentral.alarms.plans.RescueService;
import se.larmcentral.alarms.plans.RescueServiceTable;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.Identifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * The alarm service over HTTP: its customers, their objects and action plans (the agreements administrator keeps
 * them; the floor and the auditor read), and the received signals with their meaning, object and plan (the
 * operators read).
 */
public final class AlarmRoutes implements RouteGroup {

    private static final String TAG = "alarms";

    /** A customer as typed: {@code kind} is municipality, region or company. */
    public record CustomerRequest(String name, String kind, String contractReference, String onCallNumber) {
    }

    /** An object as typed: its customer, site, position in degrees and transmitter accounts. */
    public record ObjectRequest(String customerId, String name, String address, Double lat, Double lon,
                                List<String> accounts) {
    }

    /**
     * One step as typed: {@code kind} is call_key_holders, send_guard, call_112, notify_on_call or
     * alert_rescue_service; {@code atOnce} (alert_rescue_service only) alerts it automatically on a fire alarm.
     */
    public record StepRequest(String kind, String instruction, Boolean atOnce) {
    }

    /** A municipality's rescue service as typed: its alarm number in E.164 or national form, an optional address. */
    public record RescueServiceRequest(String municipality, String name, String alarmNumber, String alarmAddress) {
    }

    /** A plan's steps in order. */
    public record PlanRequest(List<StepRequest> steps) {
    }

    /** Take a case; {@code takeOver} true to take it from a colleague who holds it. */
    public record TakeRequest(Boolean takeOver) {
    }

    /** A step's outcome: its number in the plan (from 1), the outcome by name and a note. */
    public record OutcomeRequest(Integer step, String outcome, String note) {
    }

    /** Close a case: the reason by name, a note, and the incident it was passed to (passed_to_incident only). */
    public record CloseRequest(String reason, String note, String incidentId) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final SiaCodeTable codes;
    private final Clock clock;

    public AlarmRoutes(CommandGateway gateway, JsonBody body, SiaCodeTable codes) {
        this(gateway, body, codes, Clock.systemUTC());
    }

    /** @param clock the centre's clock: today, in Swedish time, is the figures' default period */
    public AlarmRoutes(CommandGateway gateway, JsonBody body, SiaCodeTable codes, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/alarms/received").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("The latest received alarm signals (link tests aside), newest first, each with"
                                + " its code's meaning and class, its object and customer and the plan's steps")
                        .query("limit", "how many, 1-" + se.larmcentral.alarms.AlarmLog.KEPT_ALARMS + " (default 50)")
                        .response(AlarmViews.ReceivedAlarms.class)
                        .handle(ctx -> ctx.json(gateway.read(s -> AlarmViews.received(s, codes, limit(ctx))))),
                Route.get("/api/alarms/customers").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR,
                                AGREEMENTS_ADMIN))
                        .tag(TAG).summary("The alarm service's customers, each with its objects and their action plans")
                        .response(AlarmViews.Customers.class)
                        .handle(ctx -> ctx.json(gateway.read(AlarmViews::customers))),
                Route.put("/api/alarms/customers/{customerId}").access(Access.roles(AGREEMENTS_ADMIN))
                        .tag(TAG).summary("Register a customer of the alarm service or change its details")
                        .request(CustomerRequest.class).response(Customer.class).handle(this::saveCustomer),
                Route.put("/api/alarms/objects/{objectId}").access(Access.roles(AGREEMENTS_ADMIN))
                        .tag(TAG).summary("Register an alarm object (site, position, transmitter accounts) or replace it;"
                                + " an account belongs to one object across all customers")
                        .request(ObjectRequest.class).response(AlarmObject.class).handle(this::saveObject),
                Route.put("/api/alarms/objects/{objectId}/plans/{alarmClass}").access(Access.roles(AGREEMENTS_ADMIN))
                        .tag(TAG).summary("Set the object's action plan for one class of signal (alarm, fault, test,"
                                + " restore, info): its steps in order")
                        .request(PlanRequest.class).response(ActionPlan.class).handle(this::savePlan),
                Route.get("/api/alarms/rescue-services").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR,
                                AGREEMENTS_ADMIN))
                        .tag(TAG).summary("The rescue service (räddningstjänst) of each municipality: whom a fire alarm"
                                + " from an object there alerts, on which number")
                        .response(AlarmViews.RescueServices.class)
                        .handle(ctx -> ctx.json(gateway.read(AlarmViews::rescueServices))),
                Route.put("/api/alarms/rescue-services/{municipalityCode}").access(Access.roles(AGREEMENTS_ADMIN))
                        .tag(TAG).summary("Register the rescue service of a municipality (four-digit SCB code) or"
                                + " replace it")
                        .request(RescueServiceRequest.class).response(RescueService.class).handle(ctx -> {
                            RescueServiceRequest r = body.read(ctx, RescueServiceRequest.class);
                            ctx.json(gateway.execute(ctx, new SaveRescueService(new RescueService(
                                    ctx.pathParam("municipalityCode"), r.municipality(), r.name(), r.alarmNumber(),
                                    r.alarmAddress()))));
                        }),
                Route.post("/api/alarms/rescue-services/demo").access(Access.roles(AGREEMENTS_ADMIN))
                        .tag(TAG).summary("Register the demo rescue services of Stockholm County's 26 municipalities"
                                + " (illustrative numbers) where a municipality has none; those registered are kept")
                        .response(AddRescueServices.Added.class)
                        .handle(ctx -> ctx.json(gateway.execute(ctx,
                                new AddRescueServices(RescueServiceTable.stockholmDemo())))),
                Route.get("/api/alarms/figures").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("Figures per customer over whole days in Swedish time: signals received,"
                                + " cases, time to take and to close (p50/p90, seconds), false-alarm share")
                        .query("from", "first day, yyyy-mm-dd (default: to)")
                        .query("to", "last day, yyyy-mm-dd (default: today), at most "
                                + AlarmFigures.MAX_DAYS + " days after from")
                        .response(AlarmFigures.Figures.class)
                        .handle(ctx -> {
                            AlarmFigures.Period period = AlarmFigures.Period.of(ctx.queryParam("from"),
                                    ctx.queryParam("to"), LocalDate.now(clock.withZone(SwedishTime.ZONE)));
                            ctx.json(gateway.read(s -> AlarmViews.figures(s, period)));
                        }),
                Route.get("/api/alarms/cases").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("The alarm cases (larmärenden): the open ones by priority (life, property,"
                                + " technical), then the longest waiting, and the latest closed, each with its plan's steps,"
                                + " who holds it and the outcomes given")
                        .query("closed", "how many of the latest closed cases, 0-" + AlarmCases.KEPT_CLOSED + " (default 20)")
                        .response(AlarmViews.Cases.class)
                        .handle(ctx -> {
                            int closed = number(ctx, "closed", 20, 0, AlarmCases.KEPT_CLOSED);
                            ctx.json(gateway.read(s -> AlarmViews.cases(s, codes, closed)));
                        }),
                Route.post("/api/alarms/cases/{caseId}/take").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("Take an alarm case: from now on only you give its steps' outcomes and close it;"
                                + " 409 when a colleague holds it, unless takeOver is true")
                        .request(TakeRequest.class).response(HandleAlarmCase.Handled.class).handle(ctx -> {
                            TakeRequest r = body.read(ctx, TakeRequest.class);
                            handle(ctx, new CaseAction.Take(caseId(ctx), operator(ctx), Boolean.TRUE.equals(r.takeOver())));
                        }),
                Route.post("/api/alarms/cases/{caseId}/steps").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("Give the outcome of one step of the case's plan (answered, no_answer, busy,"
                                + " alerted, skipped) with a note; a step may be given again (called once more)")
                        .request(OutcomeRequest.class).response(HandleAlarmCase.Handled.class).handle(ctx -> {
                            OutcomeRequest r = body.read(ctx, OutcomeRequest.class);
                            if (r.step() == null) {
                                throw new InvalidInputException("step", "saknas; ange stegets nummer i åtgärdsplanen, från 1");
                            }
                            handle(ctx, new CaseAction.DoStep(caseId(ctx), operator(ctx), r.step(), r.outcome(), r.note()));
                        }),
                Route.post("/api/alarms/cases/{caseId}/close").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR))
                        .tag(TAG).summary("Close the case with a reason (false_alarm, handled, passed_to_incident,"
                                + " cancelled_by_customer) and a note; passed to one of the centre's incidents, incidentId"
                                + " names it; 409 when it is closed already")
                        .request(CloseRequest.class).response(HandleAlarmCase.Handled.class).handle(ctx -> {
                            CloseRequest r = body.read(ctx, CloseRequest.class);
                            handle(ctx, new CaseAction.Close(caseId(ctx), operator(ctx), r.reason(), r.note(), r.incidentId()));
                        }));
    }

    private void handle(Context ctx, CaseAction action) {
        ctx.json(gateway.execute(ctx, new HandleAlarmCase(action)));
    }

    private static String caseId(Context ctx) {
        return Identifier.require("caseId", ctx.pathParam("caseId"));
    }

    private String operator(Context ctx) {
        return gateway.actorOf(ctx).id();
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // named below
        }
        throw new InvalidInputException(name, "must be a whole number between " + min + " and " + max + ", was '"
                + text + "'");
    }

    private void saveCustomer(Context ctx) {
        CustomerRequest r = body.read(ctx, CustomerRequest.class);
        Customer customer = Customer.of(ctx.pathParam("customerId"), r.name(), r.kind(), r.contractReference(),
                r.onCallNumber());
        ctx.json(gateway.execute(ctx, new SaveCustomer(customer)));
    }

    private void saveObject(Context ctx) {
        ObjectRequest r = body.read(ctx, ObjectRequest.class);
        if (r.lat() == null || r.lon() == null) {
            throw new InvalidInputException(r.lat() == null ? "lat" : "lon", "is missing; give lat and lon in degrees");
        }
        AlarmObject object = new AlarmObject(ctx.pathParam("objectId"), r.customerId(), r.name(), r.address(),
                new GeoPoint(r.lat(), r.lon()), r.accounts());
        ctx.json(gateway.execute(ctx, new SaveAlarmObject(object)));
    }

    private void savePlan(Context ctx) {
        PlanRequest r = body.read(ctx, PlanRequest.class);
        List<PlanStep> steps = new ArrayList<>();
        List<StepRequest> typed = r.steps() == null ? List.of() : r.steps();
        for (int i = 0; i < typed.size(); i++) {
            StepRequest step = typed.get(i);
            if (step == null) {
                throw new InvalidInputException("steps[" + i + "]", "is missing");
            }
            steps.add(PlanStep.of(i, step.kind(), step.instruction(), step.atOnce()));
        }
        ActionPlan plan = new ActionPlan(ctx.pathParam("objectId"), ActionPlan.alarmClass(ctx.pathParam("alarmClass")),
                steps);
        ctx.json(gateway.execute(ctx, new SaveActionPlan(plan)));
    }

    /** The list is the newest signals, not paged: only {@code limit} is read (PageRequest would take an offset too). */
    private static int limit(Context ctx) {
        String text = ctx.queryParam("limit");
        int max = se.larmcentral.alarms.AlarmLog.KEPT_ALARMS;
        if (text == null) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // named below
        }
        throw new InvalidInputException("limit", "must be a whole number between 1 and " + max + ", was '" + text + "'");
    }
}
