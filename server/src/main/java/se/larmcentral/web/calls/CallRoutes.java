package se.larmcentral.web.calls;







import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.process.FollowUp;
import se.larmcentral.centre.process.CallFollowUps;
import se.larmcentral.centre.process.Reclassify;
import se.larmcentral.centre.calls.CallViews;
import se.larmcentral.centre.calls.DialledLines;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.calls.AbandonCall;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.CallUpdate;
import se.larmcentral.calls.CallsState;
import se.larmcentral.calls.ChooseMunicipality;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.ReclassifyCall;
import se.larmcentral.calls.CloseCall;
import se.larmcentral.calls.CorrectPosition;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MarkHandled;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.Command;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.calls.CallViews.CallReply;
import se.larmcentral.centre.calls.CallViews.CallView;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.PageRequest;
import se.larmcentral.web.Route;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * A call's life over HTTP: intake, answer, abandon, classify (with its follow-ups in triage, social and dispatch),
 * position correction, municipality choice, handled, close; one call and the queue to read.
 */
final class CallRoutes {

    static final String TAG = "calls";
    static final String CALL = "/api/calls/{callId}";

    /** The classification, what it started, and the call afterwards. */
    /** A corrected classification, the incidents it closed, and the call as it now stands (with its new follow-ups). */
    public record ReclassifyReply(CallUpdate classification, List<String> closedIncidents, CallView call) {
    }

    public record ClassifyReply(CallUpdate classification, List<FollowUp> followUps, CallView call) {
    }

    /** The follow-ups run again, and the call afterwards. */
    public record FollowUpsReply(List<FollowUp> followUps, CallView call) {
    }

    /** The incident created (or found) for a care call, and the call afterwards. */
    public record DispatchReply(CallFollowUps.Dispatched dispatched, CallView call) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final CallFollowUps followUps;
    private final MunicipalityLookup lookup;
    private final Clock clock;

    CallRoutes(CommandGateway gateway, JsonBody body, CallFollowUps followUps, MunicipalityLookup lookup, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.followUps = followUps;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** The queue a console shows: far more than a screen holds, far less than a flood. */
    static final int QUEUE_PAGE = 100;
    static final int QUEUE_PAGE_MAX = 500;

    /** A page of the queue: {@code waiting} counts every queued call, {@code next} is the next page's offset or null. */
    public record QueuePage(Instant at, int waiting, List<CallViews.QueuedCall> calls, int offset, Integer next) {
    }

    List<Route> routes() {
        return List.of(
                Route.post("/api/calls").access(Access.roles(CALL_TAKER, SUPERVISOR, INTEGRATION)).tag(TAG)
                        .summary("A call entered the queue: callId, dialled (112, 113 13, 116 000 or a direct number; its"
                                + " municipality is taken from the register of direct numbers, else give it), callerNumber (omit when withheld), queuedAt (omit: now),"
                                + " position {lat, lon, uncertaintyMetres, source} if known. The same"
                                + " intake again (comparing what is given) records nothing (200); other content under the same id is refused (409)")
                        .request(CallRequests.Intake.class).response(CallReply.class).handle(this::intake),
                PageRequest.document(Route.get("/api/calls/queue").access(Access.roles(CALL_TAKER, NURSE, SUPERVISOR)).tag(TAG)
                        .summary("Callers waiting in the queue, longest waiting first, with their waiting times; waiting"
                                + " counts them all, calls holds a page of them"), QUEUE_PAGE, QUEUE_PAGE_MAX)
                        .response(QueuePage.class)
                        .handle(ctx -> {
                            PageRequest page = PageRequest.of(ctx, QUEUE_PAGE, QUEUE_PAGE_MAX);
                            Instant now = clock.instant();
                            CallViews.Queue queue = gateway.read(s -> CallViews.Queue.of(s.calls().queuedCalls(),
                                    s.majorIncidents()::marksOf, now));
                            ctx.json(new QueuePage(queue.at(), queue.waiting(), page.slice(queue.calls()), page.offset(),
                                    page.next(queue.waiting())));
                        }),
                Route.get(CALL).access(Access.roles(CALL_TAKER, NURSE, DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("One call: its transitions with instant and operator, classification, links, positions"
                                + " (reported, corrected), municipality (chosen, located), waiting and answer time")
                        .response(CallView.class).handle(ctx -> ctx.json(view(ctx.pathParam("callId")))),
                Route.post(CALL + "/answer").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG).summary("An operator answers the queued call; the same operator again (a retry) gets their earlier answer, recording nothing")
                        .response(CallReply.class).handle(ctx -> reply(ctx, AnswerCall.by(callId(ctx), gateway.actorOf(ctx).id()))),
                Route.post(CALL + "/abandon").access(Access.roles(CALL_TAKER, SUPERVISOR, INTEGRATION)).tag(TAG).summary("The caller hung up while queued")
                        .response(CallReply.class).handle(ctx -> reply(ctx, new AbandonCall(callId(ctx)))),
                Route.post(CALL + "/classify").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Classify the answered call; CARE starts a triage assessment, SOCIAL asks the social"
                                + " router and records its decision. The answer says what was started")
                        .request(CallRequests.Classify.class).response(ClassifyReply.class).handle(this::classify),
                Route.post(CALL + "/reclassify").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Correct the classification of a classified call, with a reason; closeFollowUps"
                                + " true cancels the open incident a care classification made, false keeps it")
                        .request(CallRequests.Reclassify.class).response(ReclassifyReply.class).handle(this::reclassify),
                Route.post(CALL + "/follow-ups").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Run the classification's follow-ups again (after a refused step): what is present is"
                                + " only linked")
                        .response(FollowUpsReply.class).handle(ctx -> {
                            List<FollowUp> done = followUps.followUps(gateway.submitter(ctx), callId(ctx));
                            ctx.json(new FollowUpsReply(done, view(callId(ctx))));
                        }),
                Route.post(CALL + "/dispatch").access(Access.roles(CALL_TAKER, DISPATCHER, SUPERVISOR)).tag(TAG)
                        .summary("Create the dispatch incident of a CARE call at its position (corrected if any) with"
                                + " its assessment's priority, and link it; a position outside the centre's region needs"
                                + " {outsideRegionReason} (no body, or {}: none)")
                        .request(CallRequests.Dispatch.class).response(DispatchReply.class).handle(ctx -> {
                            String reason = ctx.contentLength() == 0 ? null
                                    : body.read(ctx, CallRequests.Dispatch.class).outsideRegionReason();
                            CallFollowUps.Dispatched dispatched = followUps.dispatch(gateway.submitter(ctx), callId(ctx), reason);
                            ctx.status(dispatched.followUp().done() == FollowUp.Done.STARTED ? HttpStatus.CREATED : HttpStatus.OK)
                                    .json(new DispatchReply(dispatched, view(callId(ctx))));
                        }),
                Route.post(CALL + "/position").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Correct the caller's position {point: {lat, lon}, reason}; the reported ones are kept and"
                                + " the municipality is located for the corrected point")
                        .request(CallRequests.CorrectPosition.class).response(CallReply.class).handle(ctx -> {
                            CallRequests.CorrectPosition r = body.read(ctx, CallRequests.CorrectPosition.class);
                            if (r.point() == null) {
                                throw new InvalidInputException("point", "is missing; give {\"lat\": ..., \"lon\": ...}");
                            }
                            reply(ctx, new CorrectPosition(callId(ctx), r.point(), r.reason(), lookup.locate(r.point())));
                        }),
                Route.post(CALL + "/municipality").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG)
                        .summary("Choose or correct the municipality {code, name?, reason?}; the located one is kept")
                        .request(CallRequests.ChooseMunicipality.class).response(CallReply.class).handle(this::chooseMunicipality),
                Route.post(CALL + "/handled").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG).summary("Mark the classified call handled with its outcome {outcome}")
                        .request(CallRequests.Handled.class).response(CallReply.class).handle(ctx ->
                                reply(ctx, new MarkHandled(callId(ctx), body.read(ctx, CallRequests.Handled.class).outcome()))),
                Route.post(CALL + "/close").access(Access.roles(CALL_TAKER, SUPERVISOR)).tag(TAG).summary("Close the handled call: its record is complete")
                        .response(CallReply.class).handle(ctx -> reply(ctx, new CloseCall(callId(ctx)))));
    }

    private void intake(Context ctx) {
        CallRequests.Intake r = body.read(ctx, CallRequests.Intake.class);
        DialledLine line = gateway.read(s -> DialledLines.resolve(r.dialled(), r.municipality(), s.social()));
        PhoneNumber caller = r.callerNumber() == null || r.callerNumber().isBlank() ? null
                : PhoneNumber.parse("callerNumber", r.callerNumber());
        Instant queuedAt = r.queuedAt() == null ? null : SwedishTime.parseInstant("queuedAt", r.queuedAt());
        ReportedPosition position = IntakePositions.read(r.position());
        MunicipalityLocation located = position == null ? null : lookup.locate(position);
        CallUpdate update = gateway.execute(ctx, new IntakeCall(r.callId(), line, caller, queuedAt, position, located)
                .on(CentreState::calls));
        ctx.status(update.recorded() ? HttpStatus.CREATED : HttpStatus.OK).json(new CallReply(update, view(update.callId())));
    }

    private void classify(Context ctx) {
        CallRequests.Classify r = body.read(ctx, CallRequests.Classify.class);
        ClassifyCall command = new ClassifyCall(callId(ctx), classification(r.classification()), r.note(), r.crisisTopic(),
                r.crisisMessageId());
        CallFollowUps.Classified done = followUps.classify(gateway.submitter(ctx), command);
        ctx.json(new ClassifyReply(done.classification(), done.followUps(), view(command.callId())));
    }

    private void reclassify(Context ctx) {
        CallRequests.Reclassify r = body.read(ctx, CallRequests.Reclassify.class);
        if (r.closeFollowUps() == null) {
            throw new InvalidInputException("closeFollowUps", "is missing: true to close what the earlier"
                    + " classification started (its open incident), false to keep it");
        }
        ReclassifyCall command = new ReclassifyCall(callId(ctx), classification(r.classification()), r.reason(),
                r.note(), r.crisisTopic(), r.crisisMessageId());
        Reclassify.Reclassified done = followUps.reclassify(gateway.submitter(ctx), new Reclassify(command, r.closeFollowUps()));
        ctx.json(new ReclassifyReply(done.update(), done.closed(), view(command.callId())));
    }

    private void chooseMunicipality(Context ctx) {
        CallRequests.ChooseMunicipality r = body.read(ctx, CallRequests.ChooseMunicipality.class);
        String code = r.code() == null ? null : r.code().strip();
        String name = r.name();
        if (code != null && code.matches("\\d{4}")) {
            String registered = gateway.read(s -> s.social().registry().require("code", code).name());
            name = name == null || name.isBlank() ? registered : name;
        }
        reply(ctx, new ChooseMunicipality(callId(ctx), code, name, r.reason()));
    }

    static Classification classification(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("classification", "is missing; one of " + known());
        }
        try {
            return Classification.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("classification", "'" + text + "' is not one of " + known());
        }
    }

    private static String known() {
        return Arrays.stream(Classification.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private void reply(Context ctx, Command<CallsState, CallUpdate> command) {
        CallUpdate update = gateway.execute(ctx, command.on(CentreState::calls));
        ctx.json(new CallReply(update, view(update.callId())));
    }

    private CallView view(String callId) {
        Instant now = clock.instant();
        return gateway.read(s -> CallView.of(s, callId, now));
    }

    private static String callId(Context ctx) {
        return ctx.pathParam("callId");
    }
}
