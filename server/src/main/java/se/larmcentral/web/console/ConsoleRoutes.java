package se.larmcentral.web.console;

import se.larmcentral.web.auth.Access;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.config.Settings;
import se.larmcentral.web.Route;
import se.larmcentral.web.RouteGroup;

import java.util.List;

/**
 * The console's own endpoints: the front door's redirect, the settings the console's pages need and the municipality
 * boundaries its maps draw.
 */
public final class ConsoleRoutes implements RouteGroup {

    /**
     * What the console reads at start: the optional tile server for its map, and how often a crew's terminal sends
     * its position.
     */
    public record ConsoleSettings(String tileUrl, String tileAttribution, int crewPositionSeconds) {
    }

    private final ConsoleSettings settings;
    private final MunicipalityBoundaries boundaries;

    public ConsoleRoutes(Settings.Console console, MunicipalityBoundaries boundaries) {
        this.settings = new ConsoleSettings(blankToNull(console.tileUrl()), blankToNull(console.tileAttribution()),
                console.crewPositionSeconds());
        this.boundaries = boundaries;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/").access(Access.PUBLIC).tag("console").summary("The front door: redirects to the operator console at /console/")
                        .produces("text/html")
                        .handle(ctx -> ctx.redirect(ConsoleSite.PATH + "/")),
                Route.get("/favicon.ico").access(Access.PUBLIC).tag("console")
                        .summary("The browser's tab icon: redirects to the console's " + ConsoleSite.PATH + "/favicon.svg")
                        .produces("image/svg+xml")
                        .handle(ctx -> ctx.redirect(ConsoleSite.PATH + "/favicon.svg")),
                Route.get("/api/console/settings").access(Access.AUTHENTICATED).tag("console")
                        .summary("The console's settings: the map's tile server and its attribution (null without one), and how"
                                + " often a crew's terminal sends its position (seconds)")
                        .response(ConsoleSettings.class).handle(ctx -> ctx.json(settings)),
                Route.get("/api/geo/municipalities").access(Access.AUTHENTICATED).tag("console")
                        .summary("The municipality boundaries of geo.municipalities as simplified GeoJSON (about 100 m), one"
                                + " feature per municipality with code and name; 404 when no boundaries file is configured")
                        .query("county", "only these counties: SCB county codes, comma-separated (01,03); default every one")
                        .produces("application/geo+json").response(ObjectNode.class).handle(ctx -> {
                            if (!boundaries.configured()) {
                                throw new NotFoundException("geo.municipalities", "no municipality boundaries are configured:"
                                        + " set geo.municipalities to the SCB boundaries (GeoJSON) of the region");
                            }
                            // UTF-8 said and sent: names such as Upplands Väsby and Södertälje
                            ctx.contentType("application/geo+json; charset=utf-8")
                                    .result(boundaries.geoJson(MunicipalityBoundaries.counties(ctx.queryParam("county")))
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
