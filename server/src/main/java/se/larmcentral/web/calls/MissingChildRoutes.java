package se.larmcentral.web.calls;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.FieldProblem;
import se.larmcentral.calls.MissingChildCase;
import se.larmcentral.calls.MissingChildReport;
import se.larmcentral.calls.ReportMissingChild;
import se.larmcentral.calls.ResponsibleOrganisation;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.connect.Connections;
import se.larmcentral.config.Settings;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * 116 000: the report form about a missing child on a call classified MISSING_CHILD_116_000, and its hand-over to
 * the responsible organisation's number from the settings {@code calls.missingChildrenOrganisation} and
 * {@code calls.missingChildrenNumber}. Every field at fault is named in one refusal.
 */
final class MissingChildRoutes {

    private static final String REPORT = CallRoutes.CALL + "/missing-child-report";

    /** What was done and the report afterwards. */
    public record ReportReply(CallUpdate update, MissingChildCase report) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final ResponsibleOrganisation organisation;

    MissingChildRoutes(CommandGateway gateway, JsonBody body, Settings.Calls settings) {
        this.gateway = gateway;
        this.body = body;
        this.organisation = organisation(settings);
    }

    /** The configured organisation, or null when no number is configured. */
    static ResponsibleOrganisation organisation(Settings.Calls settings) {
        String number = settings.missingChildrenNumber();
        if (number == null || number.isBlank()) {
            return null;
        }
        return new ResponsibleOrganisation(settings.missingChildrenOrganisation(),
                PhoneNumber.parse("calls.missingChildrenNumber", number));
    }

    List<Route> routes() {
        return List.of(
                Route.post(REPORT).access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Take the 116 000 report {childName, childAge, description, lastSeenPlace, lastSeenAt,"
                                + " callerName, callerNumber}; every field at fault is named")
                        .request(CallRequests.MissingChild.class).response(ReportReply.class).handle(this::report),
                Route.post(REPORT + "/hand-over").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(CallRoutes.TAG)
                        .summary("Hand the report over to the configured organisation's number (calls.missingChildrenNumber)"
                                + " and record it; the caller is connected on to that number as by Koppla (see"
                                + " GET .../connection)")
                        .response(ReportReply.class).handle(this::handOver),
                Route.get(REPORT).access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(CallRoutes.TAG).summary("The call's 116 000 report and its hand-over")
                        .response(MissingChildCase.class).handle(ctx -> {
                            String callId = ctx.pathParam("callId");
                            ctx.json(gateway.read(s -> s.calls().missingChildCase(callId)).orElseThrow(() ->
                                    new NotFoundException("callId", "call " + callId + " has no 116 000 report")));
                        }));
    }

    private void report(Context ctx) {
        CallRequests.MissingChild r = body.read(ctx, CallRequests.MissingChild.class);
        List<FieldProblem> unreadable = new ArrayList<>();
        Instant lastSeen = read(unreadable, "lastSeenAt", r.lastSeenAt(), text -> SwedishTime.parseInstant("lastSeenAt", text));
        PhoneNumber caller = read(unreadable, "callerNumber", r.callerNumber(), text -> PhoneNumber.parse("callerNumber", text));
        MissingChildReport report = new MissingChildReport(r.childName(), r.childAge(), r.description(),
                r.lastSeenPlace(), lastSeen, r.callerName(), caller);
        String callId = ctx.pathParam("callId");
        CallUpdate update = gateway.execute(ctx, new ReportMissingChild(callId, report, unreadable).on(CentreState::calls));
        ctx.status(update.recorded() ? HttpStatus.CREATED : HttpStatus.OK).json(reply(update));
    }

    /** The field read from its text, or null (blank, or unreadable: then the problem is collected). */
    private static <T> T read(List<FieldProblem> unreadable, String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (InvalidInputException e) {
            unreadable.add(new FieldProblem(field, text, e.reason()));
            return null;
        }
    }

    private void handOver(Context ctx) {
        if (organisation == null) {
            throw new ConflictException("calls.missingChildrenNumber", "no 116 000 organisation number is configured:"
                    + " set calls.missingChildrenNumber (LARM_CALLS_MISSING_CHILDREN_NUMBER); nothing was handed over");
        }
        // the caller is connected on to the number too (the telephony rings it, as for Koppla)
        CallUpdate update = gateway.execute(ctx, Connections.handOverMissingChild(ctx.pathParam("callId"), organisation,
                gateway.actorOf(ctx).id()));
        ctx.json(reply(update));
    }

    private ReportReply reply(CallUpdate update) {
        return new ReportReply(update, gateway.read(s -> s.calls().missingChildCase(update.callId()).orElse(null)));
    }
}
