package se.larmcentral.server.calls;



import se.larmcentral.centre.calls.CommandSubmitter;
import se.larmcentral.centre.calls.CallFollowUps;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.centre.CentreState;
import se.larmcentral.server.config.Settings;
import se.larmcentral.server.http.BoundedBody;
import se.larmcentral.server.http.CommandGateway;
import se.larmcentral.server.http.JsonBody;
import se.larmcentral.server.http.Route;
import se.larmcentral.server.http.RouteGroup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls over HTTP (tag {@code calls}): the call's life and its follow-ups, AML and PIDF-LO positions, answer-time
 * figures, 113 13 crisis messages and topics, 116 000 reports. The municipality of a position comes from the SCB
 * boundaries named by {@code geo.municipalities}; without them every answer says the operator must choose.
 */
public final class CallsApi implements RouteGroup {

    /** Who attaches AML positions: the receiver, not a person. */
    static final Actor AML_RECEIVER = new Actor("aml-receiver", Actor.Kind.INTEGRATION);

    private final List<Route> routes;
    private final CallFollowUps followUps;
    private final MunicipalityLookup lookup;

    private CallsApi(List<Route> routes, CallFollowUps followUps, MunicipalityLookup lookup) {
        this.routes = routes;
        this.followUps = followUps;
        this.lookup = lookup;
    }

    public static CallsApi start(Settings settings, CommandLoop<CentreState> loop, CommandGateway gateway, JsonBody body,
                                 Clock clock) {
        MunicipalityLookup lookup = lookup(settings.geo());
        System.out.println("calls: " + (lookup.configured() ? "municipalities located by " + settings.geo().municipalities()
                : "no municipality boundaries (geo.municipalities): the operator chooses the municipality"));
        CallFollowUps followUps = new CallFollowUps(clock);
        long maxBytes = settings.http().maxRequestBytes();
        CommandSubmitter amlReceiver = CommandSubmitter.of(loop, AML_RECEIVER,
                Duration.ofMillis(settings.http().commandTimeoutMillis()));
        List<Route> all = new ArrayList<>();
        all.addAll(new CallRoutes(gateway, body, followUps, lookup, clock).routes());
        all.addAll(new PidfLoRoutes(gateway, new BoundedBody(maxBytes), lookup, clock).routes());
        all.addAll(new AmlRoutes(amlReceiver, lookup, clock, maxBytes).routes());
        all.addAll(new FigureRoutes(gateway, clock).routes());
        all.addAll(new CrisisRoutes(gateway, body, clock).routes());
        all.addAll(new MissingChildRoutes(gateway, body, settings.calls()).routes());
        return new CallsApi(List.copyOf(all), followUps, lookup);
    }

    /** The SCB boundaries named by {@code geo.municipalities}, or none. */
    static MunicipalityLookup lookup(Settings.Geo geo) {
        String file = geo.municipalities();
        return file == null || file.isBlank() ? MunicipalityLookup.none() : MunicipalityLookup.fromGeoJson(Path.of(file));
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    CallFollowUps followUps() {
        return followUps;
    }

    MunicipalityLookup lookup() {
        return lookup;
    }
}
