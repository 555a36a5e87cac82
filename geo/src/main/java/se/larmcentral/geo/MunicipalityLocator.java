package se.larmcentral.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import se.larmcentral.core.GeoPoint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the municipality a position lies in: an STR-tree over the bounding boxes of every polygon of every
 * municipality, then an exact point-in-polygon test on the few candidates. Boundaries are generalised, so a
 * position within a few hundred metres of a border may be given the neighbour. Immutable and thread-safe.
 */
public final class MunicipalityLocator {

    private record Part(int order, Municipality municipality, PreparedGeometry polygon) {
    }

    private final STRtree index = new STRtree();
    private final GeometryFactory geometries = new GeometryFactory();
    private final int municipalities;

    public MunicipalityLocator(List<MunicipalityArea> areas) {
        int order = 0;
        for (MunicipalityArea area : areas) {
            Geometry geometry = area.area();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry polygon = geometry.getGeometryN(i);
                index.insert(polygon.getEnvelopeInternal(),
                        new Part(order++, area.municipality(), PreparedGeometryFactory.prepare(polygon)));
            }
        }
        index.build();
        municipalities = areas.size();
    }

    /** The municipality that contains the position, or empty (at sea, abroad, outside the areas given). */
    public Optional<Municipality> locate(GeoPoint position) {
        Point point = geometries.createPoint(new Coordinate(position.lon(), position.lat()));
        @SuppressWarnings("unchecked")
        List<Part> candidates = index.query(new Envelope(point.getCoordinate()));
        return candidates.stream()
                .filter(part -> part.polygon().covers(point))
                .min(Comparator.comparingInt(Part::order))
                .map(Part::municipality);
    }

    /**
     * The municipality whose boundary is nearest to a position that lies in none (water, a harbour, an island the
     * generalised boundaries leave out), within {@code maxMetres}; empty when none is that close (at sea, abroad).
     * A position inside a municipality gets that one at distance 0.
     */
    public Optional<Nearest> nearest(GeoPoint position, double maxMetres) {
        Optional<Municipality> inside = locate(position);
        if (inside.isPresent()) {
            return Optional.of(new Nearest(inside.get(), 0));
        }
        double latDegrees = maxMetres / METRES_PER_DEGREE;
        double lonDegrees = maxMetres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(position.lat())));
        Envelope around = new Envelope(position.lon() - lonDegrees, position.lon() + lonDegrees,
                position.lat() - latDegrees, position.lat() + latDegrees);
        Point point = geometries.createPoint(new Coordinate(position.lon(), position.lat()));
        @SuppressWarnings("unchecked")
        List<Part> candidates = index.query(around);
        Nearest best = null;
        for (Part part : candidates) {
            Coordinate closest = DistanceOp.nearestPoints(part.polygon().getGeometry(), point)[0];
            double metres = position.distanceMetresTo(new GeoPoint(closest.y, closest.x));
            if (metres <= maxMetres && (best == null || metres < best.metres())) {
                best = new Nearest(part.municipality(), metres);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A municipality and how far a position is from its boundary (0 inside it). */
    public record Nearest(Municipality municipality, double metres) {
    }

    private static final double METRES_PER_DEGREE = 111_320;

    /** How many municipalities the locator knows. */
    public int size() {
        return municipalities;
    }
}
