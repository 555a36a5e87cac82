package se.larmcentral.web.alarms;

import io.javalin.http.Context;
import se.larmcentral.alarms.AlarmViews;
import se.larmcentral.alarms.SaveActionPlan;
import se.larmcentral.alarms.SaveAlarmObject;
import se.larmcentral.alarms.SaveCustomer;
import se.larmcentral.alarms.codes.SiaCodeTable;
import se.larmcentral.alarms.plans.ActionPlan;
import se.larmcentral.alarms.plans.AlarmObject;
import se.larmcentral.alarms.plans.Customer;
import se.larmcentral.alarms.plans.PlanStep;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

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

    /** One step as typed: {@code kind} is call_key_holders, send_guard, call_112 or notify_on_call. */
    public record StepRequest(String kind, String instruction) {
    }

    /** A plan's steps in order. */
    public record PlanRequest(List<StepRequest> steps) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final SiaCodeTable codes;

    public AlarmRoutes(CommandGateway gateway, JsonBody body, SiaCodeTable codes) {
        this.gateway = gateway;
        this.body = body;
        this.codes = codes;
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
                        .request(PlanRequest.class).response(ActionPlan.class).handle(this::savePlan));
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
            steps.add(PlanStep.of(i, step.kind(), step.instruction()));
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
