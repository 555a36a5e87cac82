package se.larmcentral.geo.streets;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import se.larmcentral.core.InvalidInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The extract's streets and place names for the console's map when no tile server is configured: what lies in a
 * view, with fewer road classes and place kinds the farther out the map is zoomed, each line simplified to about
 * half a screen pixel at that zoom (Douglas-Peucker), so a view of the whole city stays small.
 */
public final class StreetLayer {

    /** Most streets in one answer; a view with more says it is truncated (the main roads come first). */
    public static final int MAX_STREETS = 20_000;
    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 22;

    /** The zoom from which a road class is drawn; an unlisted one (footway, path, service, ...) from 16. */
    private static final Map<String, Integer> ROAD_FROM_ZOOM = Map.ofEntries(
            Map.entry("motorway", 0), Map.entry("trunk", 0), Map.entry("motorway_link", 11), Map.entry("trunk_link", 11),
            Map.entry("primary", 9), Map.entry("primary_link", 12), Map.entry("secondary", 11),
            Map.entry("secondary_link", 13), Map.entry("tertiary", 12), Map.entry("tertiary_link", 14),
            Map.entry("unclassified", 13), Map.entry("residential", 14), Map.entry("living_street", 14),
            Map.entry("pedestrian", 14), Map.entry("road", 14));
    private static final int OTHER_ROADS_FROM_ZOOM = 16;

    /** The zoom from which a place kind is named; an unlisted one from 15. */
    private static final Map<String, Integer> PLACE_FROM_ZOOM = Map.of(
            "city", 0, "town", 8, "borough", 10, "suburb", 11, "village", 11, "quarter", 13, "hamlet", 13,
            "neighbourhood", 14, "square", 15, "city_block", 17);
    private static final int OTHER_PLACES_FROM_ZOOM = 15;

    private final STRtree streets = new STRtree();
    private final STRtree places = new STRtree();

    public StreetLayer(MapExtract extract) {
        for (Street street : extract.streets()) {
            streets.insert(street.line().getEnvelopeInternal(), street);
        }
        for (Place place : extract.places()) {
            places.insert(new Envelope(place.at().lon(), place.at().lon(), place.at().lat(), place.at().lat()), place);
        }
        streets.build();
        places.build();
    }

    /**
     * @throws InvalidInputException (field {@code zoom}) outside {@value #MIN_ZOOM}-{@value #MAX_ZOOM}
     */
    public StreetView view(BoundingBox box, int zoom) {
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new InvalidInputException("zoom", "must be a map zoom level from " + MIN_ZOOM + " to " + MAX_ZOOM
                    + ", was " + zoom);
        }
        Envelope envelope = box.envelope();
        List<Street> found = new ArrayList<>();
        streets.query(envelope, item -> {
            Street street = (Street) item;
            if (ROAD_FROM_ZOOM.getOrDefault(street.highway(), OTHER_ROADS_FROM_ZOOM) <= zoom
                    && street.line().getEnvelopeInternal().intersects(envelope)) {
                found.add(street);
            }
        });
        found.sort(Comparator.comparingInt((Street s) -> ROAD_FROM_ZOOM.getOrDefault(s.highway(), OTHER_ROADS_FROM_ZOOM)));
        boolean truncated = found.size() > MAX_STREETS;
        double tolerance = 360.0 / (256 * Math.pow(2, zoom)) / 2;
        List<StreetView.Shape> shapes = new ArrayList<>();
        for (Street street : truncated ? found.subList(0, MAX_STREETS) : found) {
            Geometry simple = zoom >= 18 ? street.line() : DouglasPeuckerSimplifier.simplify(street.line(), tolerance);
            if (simple instanceof LineString line && line.getNumPoints() >= 2) {
                shapes.add(new StreetView.Shape(street.name(), street.highway(), line));
            }
        }
        List<Place> named = new ArrayList<>();
        places.query(envelope, item -> {
            Place place = (Place) item;
            if (PLACE_FROM_ZOOM.getOrDefault(place.kind(), OTHER_PLACES_FROM_ZOOM) <= zoom) {
                named.add(place);
            }
        });
        named.sort(Comparator.comparing(Place::name));
        return new StreetView(shapes, named, truncated);
    }
}
