package se.larmcentral.web.crisis;

import io.javalin.http.HttpStatus;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.crisis.MajorIncidentViews;
import se.larmcentral.centre.crisis.MajorIncidentViews.MajorIncidentList;
import se.larmcentral.centre.crisis.MajorIncidentViews.MajorIncidentView;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.crisis.incident.MajorIncident;
import se.larmcentral.crisis.incident.MajorIncidents;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;
import se.larmcentral.web.auth.Access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static se.larmcentral.centre.accounts.Role.SUPERVISOR;

/**
 * Major incidents (särskilda händelser) over HTTP: a supervisor declares, amends and ends one; everyone signed in
 * reads them (the console's banner). Calls from the area are marked by the centre (CallView.majorIncidents).
 */
public final class MajorIncidentRoutes implements RouteGroup {

    static final String TAG = "crisis";
    static final String PATH = "/api/major-incidents";

    /** A declaration: {@code start} defaults to now; times as instants with an offset. */
    public record Declare(String type, List<String> municipalities, List<GeoPoint> polygon, String start,
                          String expectedEnd, String callTakerText, String callerText) {
    }

    /** An amendment: a field left out stays; {@code municipalities} or {@code polygon} replaces the area. */
    public record Amend(List<String> municipalities, List<GeoPoint> polygon, String expectedEnd, String callTakerText,
                        String callerText, String reason) {
    }

    public record End(String reason) {
    }

    private final CommandGateway gateway;
    private final JsonBody body;
    private final Clock clock;

    public MajorIncidentRoutes(CommandGateway gateway, JsonBody body, Clock clock) {
        this.gateway = gateway;
        this.body = body;
        this.clock = clock;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(PATH).access(Access.AUTHENTICATED).tag(TAG)
                        .summary("The major incidents not ended (active, or declared ahead of their start), each with"
                                + " active, its type in Swedish and the number of calls marked; ended=true lists every one")
                        .query("ended", "true: also the ended ones").response(MajorIncidentList.class).handle(ctx -> {
                            boolean ended = flag("ended", ctx.queryParam("ended"));
                            Instant now = clock.instant();
                            ctx.json(gateway.read(s -> MajorIncidentViews.list(s, ended, now)));
                        }),
                Route.get(PATH + "/{majorIncidentId}").access(Access.AUTHENTICATED).tag(TAG)
                        .summary("One major incident, ended or not").response(MajorIncidentView.class).handle(ctx -> {
                            Instant now = clock.instant();
                            String id = ctx.pathParam("majorIncidentId");
                            ctx.json(gateway.read(s -> MajorIncidentViews.one(s, id, now)));
                        }),
                Route.post(PATH).access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Declare a major incident {type (FIRE, TRAFFIC_ACCIDENT, CBRN, STORM, OUTAGE, OTHER),"
                                + " municipalities and/or polygon [{lat, lon}], start (default now), expectedEnd,"
                                + " callTakerText, callerText} (201); refused (400, the field named) when the area is"
                                + " empty, the expected end is not after the start or already past, a text is missing")
                        .request(Declare.class).response(MajorIncidentView.class).handle(ctx -> {
                            Declare r = body.read(ctx, Declare.class);
                            Instant start = r.start() == null || r.start().isBlank() ? clock.instant()
                                    : SwedishTime.parseInstant("start", r.start());
                            MajorIncidents.Declaration declaration = new MajorIncidents.Declaration(
                                    MajorIncidentViews.type("type", r.type()), r.municipalities(), r.polygon(), start,
                                    instant("expectedEnd", r.expectedEnd()), r.callTakerText(), r.callerText());
                            MajorIncident declared = gateway.execute(ctx, MajorIncidents.declare(declaration,
                                    gateway.actorOf(ctx).id()).on(CentreState::majorIncidents));
                            ctx.status(HttpStatus.CREATED).json(view(declared.id()));
                        }),
                Route.post(PATH + "/{majorIncidentId}/amend").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("Amend a major incident not ended {municipalities, polygon, expectedEnd, callTakerText,"
                                + " callerText, reason}: a field left out stays; 404 unknown, 409 ended")
                        .request(Amend.class).response(MajorIncidentView.class).handle(ctx -> {
                            Amend r = body.read(ctx, Amend.class);
                            MajorIncidents.Amendment amendment = new MajorIncidents.Amendment(r.municipalities(),
                                    r.polygon(), r.expectedEnd() == null ? null : instant("expectedEnd", r.expectedEnd()),
                                    r.callTakerText(), r.callerText(), r.reason());
                            MajorIncident amended = gateway.execute(ctx, MajorIncidents.amend(ctx.pathParam("majorIncidentId"),
                                    amendment, gateway.actorOf(ctx).id()).on(CentreState::majorIncidents));
                            ctx.json(view(amended.id()));
                        }),
                Route.post(PATH + "/{majorIncidentId}/end").access(Access.roles(SUPERVISOR)).tag(TAG)
                        .summary("End a major incident {reason}; 404 unknown, 409 ended already")
                        .request(End.class).response(MajorIncidentView.class).handle(ctx -> {
                            End r = body.read(ctx, End.class);
                            MajorIncident ended = gateway.execute(ctx, MajorIncidents.end(ctx.pathParam("majorIncidentId"),
                                    r.reason(), gateway.actorOf(ctx).id()).on(CentreState::majorIncidents));
                            ctx.json(view(ended.id()));
                        }));
    }

    private MajorIncidentView view(String id) {
        Instant now = clock.instant();
        return gateway.read(s -> MajorIncidentViews.one(s, id, now));
    }

    private static Instant instant(String field, String text) {
        return SwedishTime.parseInstant(field, text);
    }

    private static boolean flag(String field, String text) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw new InvalidInputException(field, "must be true or false, was '" + text + "'");
    }
}
