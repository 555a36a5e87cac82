package se.larmcentral.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
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

    /** How many municipalities the locator knows. */
    public int size() {
        return municipalities;
    }
}
