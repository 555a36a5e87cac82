package se.larmcentral.server;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.CoverageFallbackTravelTimes;
import se.larmcentral.geo.EstimatedTravelTimes;
import se.larmcentral.geo.ExtractAdvice;
import se.larmcentral.geo.RoadNetworkConfig;
import se.larmcentral.geo.RoadNetworkTravelTimes;
import se.larmcentral.geo.TravelTimes;
import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The travel times a centre works with, chosen from its settings: road travel times on the configured
 * OpenStreetMap extract ({@code geo.osmExtract}, graph prepared once and kept under {@code geo.graphCache}), with
 * estimates for the legs the extract does not cover ({@link CoverageFallbackTravelTimes}); or, with no extract,
 * estimates from straight-line distance. Says which on the console, and for the estimate exactly which file to
 * download. A bad geo setting stops start-up naming the setting ({@code geo.osmExtract}, not the geo module's
 * {@code osmExtract}).
 */
public final class RoadTravelTimes {

    /** The geo module's field names and the settings they come from. */
    private static final Map<String, String> SETTING_OF_FIELD = Map.of(
            "osmExtract", "geo.osmExtract",
            "graphCacheFolder", "geo.graphCache",
            "maxSnapMetres", "geo.maxSnapMetres");

    private RoadTravelTimes() {
    }

    /**
     * Opens the travel times the settings ask for.
     *
     * @param console receives the start-up line and the import progress
     * @throws InvalidSettingException naming the {@code geo.*} setting that cannot be used
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
        try {
            RoadNetworkConfig config = RoadNetworkConfig.of(Path.of(extract), geo.graphCache())
                    .withMaxSnapMetres(geo.maxSnapMetres()).withSpeeds(geo.speeds());
            console.accept("travel times: road network from " + config.osmExtract().toAbsolutePath()
                    + " (graph cache " + geo.graphCache().toAbsolutePath() + ", positions farther than "
                    + Math.round(geo.maxSnapMetres()) + " m from a road are refused; legs outside the extract's area"
                    + " are ESTIMATED from straight-line distance)");
            RoadNetworkTravelTimes road = RoadNetworkTravelTimes.open(config, console);
            console.accept("road network covers " + road.coverageText());
            return new CoverageFallbackTravelTimes(road, new EstimatedTravelTimes());
        } catch (InvalidInputException e) {
            throw new InvalidSettingException(SETTING_OF_FIELD.getOrDefault(e.field(), "geo." + e.field()), e.reason());
        }
    }
}
