package se.larmcentral.web.dispatch;


import se.larmcentral.centre.dispatch.FleetCoverage;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.file.FleetFileReader;
import se.larmcentral.geo.TravelTimes;
import se.larmcentral.web.auth.Access;
import se.larmcentral.centre.CentreState;
import se.larmcentral.web.BoundedBody;
import se.larmcentral.web.CommandGateway;
import se.larmcentral.web.Route;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;

import static se.larmcentral.centre.accounts.Role.*;

/**
 * {@code POST /api/dispatch/fleet}: loads a fleet file (the {@code larmcentral-fleet/1} YAML format of
 * {@link FleetFileReader}; JSON with the same keys is accepted too, being YAML) in one command, all or nothing. A bad
 * file is refused (400) naming the place in it ({@code body: stations[3].units[1].type}); an id that is already
 * registered is refused (409) naming it; nothing is stored either way.
 */
final class FleetImportRoute {

    /** The fleet file's media types; JSON is YAML, so it is read the same way. */
    static final Set<String> MEDIA_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "application/json");

    private final CommandGateway gateway;
    private final BoundedBody body;
    private final TravelTimes travelTimes;

    FleetImportRoute(CommandGateway gateway, long maxBytes, TravelTimes travelTimes) {
        this.gateway = gateway;
        this.body = new BoundedBody(maxBytes);
        this.travelTimes = travelTimes;
    }

    /** What was loaded, and which part of it lies outside the road network (null without one). */
    public record Imported(String name, boolean illustrative, LoadFleet.Loaded loaded, String coverage) {
    }

    Route route() {
        return Route.post("/api/dispatch/fleet").access(Access.roles(SUPERVISOR)).tag("dispatch")
                .summary("Load a fleet file (larmcentral-fleet/1 YAML, Content-Type application/yaml; JSON with the same"
                        + " keys also accepted): stations, hospitals and units, all or nothing; ids already registered → 409")
                .response(Imported.class).handle(this::load);
    }

    private void load(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";")[0].strip();
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new InvalidInputException("Content-Type", "must be application/yaml (or application/json), was '"
                    + ctx.contentType() + "'");
        }
        byte[] bytes = body.read(ctx);
        if (bytes.length == 0) {
            throw new InvalidInputException("body", "is empty; send a fleet file (format: larmcentral-fleet/1)");
        }
        FleetDefinition fleet = FleetFileReader.read("body", new ByteArrayInputStream(bytes));
        LoadFleet.Loaded loaded = gateway.execute(ctx, new LoadFleet(fleet).on(CentreState::dispatch));
        String coverage = gateway.read(state -> FleetCoverage.describe(state.dispatch(), travelTimes));
        ctx.status(HttpStatus.CREATED).json(new Imported(fleet.name(), fleet.illustrative(), loaded, coverage));
    }
}
