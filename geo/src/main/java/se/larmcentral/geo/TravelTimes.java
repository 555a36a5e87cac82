package se.larmcentral.geo;

import se.larmcentral.core.GeoPoint;

import java.util.List;

/**
 * Road travel times for emergency vehicles. Implementations: a road network (GraphHopper over an OSM extract)
 * or, without one, an estimate from straight-line distance; every answer says which.
 */
public interface TravelTimes {

    /**
     * Travel times from each origin to one destination (units to an incident), in the order of
     * {@code origins}. One search from the destination serves all origins.
     */
    TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins);

    /** Travel times from one origin to each destination (an incident to hospitals), in the order given. */
    TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations);

    /**
     * The route to drive from one point to another, on the road network; empty without one (an estimate has no
     * route to draw) or when no route exists.
     */
    default java.util.Optional<RoutePath> path(GeoPoint from, GeoPoint to) {
        return java.util.Optional.empty();
    }
}
