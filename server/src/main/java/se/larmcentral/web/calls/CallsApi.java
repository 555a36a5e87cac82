package se.larmcentral.web.calls;



import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.core.Actor;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.process.CallFollowUps;
import se.larmcentral.centre.CentreState;
import se.larmcentral.config.Settings;
import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.JsonBody;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

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

    private CallsApi(List<Route> routes) {
        this.routes = routes;
    }

    public static CallsApi start(Settings settings, Centre centre, CommandGateway gateway, JsonBody body,
                                 MunicipalityLookup lookup, Clock clock) {
        CallFollowUps followUps = centre.followUps();
        long maxBytes = settings.http().maxRequestBytes();
        CommandSubmitter amlReceiver = centre.as(AML_RECEIVER);
        List<Route> all = new ArrayList<>();
        all.addAll(new CallRoutes(gateway, body, followUps, lookup, clock).routes());
        all.addAll(new PidfLoRoutes(gateway, new BoundedBody(maxBytes), lookup, clock).routes());
        all.addAll(new AmlRoutes(amlReceiver, lookup, clock, maxBytes).routes());
        all.addAll(new FigureRoutes(gateway, clock).routes());
        all.addAll(new CrisisRoutes(gateway, body, clock).routes());
        all.addAll(new MissingChildRoutes(gateway, body, settings.calls()).routes());
        return new CallsApi(List.copyOf(all));
    }

    @Override
    public List<Route> routes() {
        return routes;
    }
}
