package se.larmcentral.server.dispatch;

import se.larmcentral.geo.EstimatedTravelTimes;
import se.larmcentral.geo.ExtractAdvice;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;
import se.larmcentral.server.config.InvalidSettingException;
import se.larmcentral.server.config.Settings;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The travel times a centre works with, chosen from its settings: road travel times on the configured
 * OpenStreetMap extract ({@code geo.osmExtract}, graph prepared once and kept under {@code geo.graphCache}), or,
 * with no extract, estimates from straight-line distance. Says which on the console, and for the estimate exactly
 * which file to download.
 */
public final class RoadTravelTimes {

    private RoadTravelTimes() {
    }

    /**
     * Opens the travel times the settings ask for.
     *
     * @param console receives the start-up line and the import progress
     */
    public static TravelTimes open(Settings.Geo geo, Consumer<String> console) {
        String extract = geo.osmExtract();
        if (extract == null || extract.isBlank()) {
            console.accept("travel times: ESTIMATED from straight-line distance (geo.osmExtract is not set). "
                    + ExtractAdvice.TEXT);
            return new EstimatedTravelTimes();
        }
        if (geo.graphCache() == null) {
            throw new InvalidSettingException("geo.graphCache", "must name a folder for the prepared road graph");
        }
        RoadNetworkConfig config = RoadNetworkConfig.of(Path.of(extract), geo.graphCache())
                .withMaxSnapMetres(geo.maxSnapMetres());
        console.accept("travel times: road network from " + config.osmExtract().toAbsolutePath()
                + " (graph cache " + geo.graphCache().toAbsolutePath() + ", positions farther than "
                + Math.round(geo.maxSnapMetres()) + " m from a road are refused)");
        return RoadNetworkTravelTimes.open(config, console);
    }
}
