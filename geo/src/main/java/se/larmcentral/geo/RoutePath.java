package se.larmcentral.geo;

import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.util.List;

/**
 * A route to drive (färdväg), drawn for a crew: the road network's points from start to end, with the driving time
 * and distance of the same route.
 */
public record RoutePath(List<GeoPoint> points, Duration duration, double metres) {

    public RoutePath {
        points = List.copyOf(points);
    }
}
