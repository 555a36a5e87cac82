package se.larmcentral.geo;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Travel times without a road network: the straight-line distance times a detour factor, driven at a
 * constant speed. Every answer says it is an estimate. Used when no OSM extract is configured.
 */
public final class EstimatedTravelTimes implements TravelTimes {

    /** Roads are on average about 1.3-1.4 times longer than the straight line between two points in a city. */
    public static final double DEFAULT_DETOUR_FACTOR = 1.4;
    /** An average emergency-driving speed over mixed urban and rural roads. */
    public static final double DEFAULT_SPEED_KMH = 60;

    private final double detourFactor;
    private final double speedKmh;
    private final String method;

    /** With a detour factor of 1.4 at 60 km/h. */
    public EstimatedTravelTimes() {
        this(DEFAULT_DETOUR_FACTOR, DEFAULT_SPEED_KMH);
    }

    public EstimatedTravelTimes(double detourFactor, double speedKmh) {
        if (!Double.isFinite(detourFactor) || detourFactor < 1) {
            throw new InvalidInputException("detourFactor", "must be 1 or more (road length over straight-line distance), was " + detourFactor);
        }
        if (!Double.isFinite(speedKmh) || speedKmh <= 0) {
            throw new InvalidInputException("speedKmh", "must be a positive speed in km/h, was " + speedKmh);
        }
        this.detourFactor = detourFactor;
        this.speedKmh = speedKmh;
        this.method = String.format(Locale.ROOT,
                "estimated: straight-line distance × %.2f at %.0f km/h (no road network configured)", detourFactor, speedKmh);
    }

    /** How the estimate is made, e.g. "straight-line distance × 1.40 at 60 km/h". */
    public String formula() {
        return String.format(Locale.ROOT, "straight-line distance × %.2f at %.0f km/h", detourFactor, speedKmh);
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        return estimate(destination, "destination", origins, "origins");
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        return estimate(origin, "origin", destinations, "destinations");
    }

    private TravelTimeAnswer estimate(GeoPoint point, String pointField, List<GeoPoint> others, String othersField) {
        if (point == null) {
            throw new InvalidInputException(pointField, "is missing");
        }
        if (others == null) {
            throw new InvalidInputException(othersField, "is missing");
        }
        List<TravelLeg> legs = new ArrayList<>(others.size());
        for (int i = 0; i < others.size(); i++) {
            GeoPoint other = others.get(i);
            if (other == null) {
                throw new InvalidInputException(othersField + "[" + i + "]", "is missing");
            }
            double metres = point.distanceMetresTo(other) * detourFactor;
            long millis = Math.round(metres / (speedKmh / 3.6) * 1000);
            legs.add(new TravelLeg(true, Duration.ofMillis(millis), metres, 0, true));
        }
        return new TravelTimeAnswer(legs, true, method);
    }
}
