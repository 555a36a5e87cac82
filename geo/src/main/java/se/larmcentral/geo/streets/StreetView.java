package se.larmcentral.geo.streets;

import org.locationtech.jts.geom.LineString;

import java.util.List;

/**
 * The streets and place names to draw for one view of the map, simplified for its zoom.
 *
 * @param truncated more streets lay in the box than one answer carries ({@link StreetLayer#MAX_STREETS}): zoom in
 */
public record StreetView(List<Shape> streets, List<Place> places, boolean truncated) {

    /** One street's line as drawn at this zoom. */
    public record Shape(String name, String highway, LineString line) {
    }

    public StreetView {
        streets = List.copyOf(streets);
        places = List.copyOf(places);
    }
}
