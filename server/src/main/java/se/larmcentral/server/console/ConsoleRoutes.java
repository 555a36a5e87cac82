package se.larmcentral.server.console;

import se.larmcentral.server.config.Settings;
import se.larmcentral.server.http.Route;
import se.larmcentral.server.http.RouteGroup;

import java.util.List;

/** The console's own endpoints: the front door's redirect and the settings the console's pages need. */
public final class ConsoleRoutes implements RouteGroup {

    /** What the console reads at start: the optional tile server for its map. */
    public record ConsoleSettings(String tileUrl, String tileAttribution) {
    }

    private final ConsoleSettings settings;

    public ConsoleRoutes(Settings.Console console) {
        this.settings = new ConsoleSettings(blankToNull(console.tileUrl()), blankToNull(console.tileAttribution()));
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/").tag("console").summary("The front door: redirects to the operator console at /console/")
                        .produces("text/html")
                        .handle(ctx -> ctx.redirect(ConsoleSite.PATH + "/")),
                Route.get("/api/console/settings").tag("console")
                        .summary("The console's settings: the map's tile server and its attribution (null without one)")
                        .response(ConsoleSettings.class).handle(ctx -> ctx.json(settings)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
