package se.larmcentral.web.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.MunicipalityArea;
import se.larmcentral.geo.file.MunicipalityGeoJson;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configured SCB municipality boundaries as small GeoJSON for the console's maps: simplified with JTS (keeping
 * shared borders consistent per municipality) and rounded to about a metre, made once at start-up.
 */
public final class MunicipalityBoundaries {

    /** About 100 m at Swedish latitudes: invisible at county scale, a fraction of the file's size. */
    static final double TOLERANCE_DEGREES = 0.001;
    private static final double ROUND = 1e5;

    private final String source;
    private final ObjectNode geoJson;

    private MunicipalityBoundaries(String source, ObjectNode geoJson) {
        this.source = source;
        this.geoJson = geoJson;
    }

    /** The boundaries in {@code file} (the setting {@code geo.municipalities}), or none when it is empty. */
    public static MunicipalityBoundaries of(String file, ObjectMapper mapper) {
        if (file == null || file.isBlank()) {
            return new MunicipalityBoundaries(null, null);
        }
        Path path = Path.of(file);
        return new MunicipalityBoundaries(path.getFileName().toString(), simplified(MunicipalityGeoJson.read(path), mapper,
                path.getFileName().toString()));
    }

    public boolean configured() {
        return geoJson != null;
    }

    public String source() {
        return source;
    }

    /** A FeatureCollection: one feature per municipality with {@code code} and {@code name}; null when none is configured. */
    public ObjectNode geoJson() {
        return geoJson;
    }

    /** The collection as text, only the municipalities of {@code counties} (SCB county codes) unless that is empty. */
    public String geoJson(Set<String> counties) {
        if (counties.isEmpty()) {
            return geoJson.toString();
        }
        ObjectNode some = geoJson.deepCopy();
        ArrayNode features = (ArrayNode) some.get("features");
        for (int i = features.size() - 1; i >= 0; i--) {
            if (!counties.contains(features.get(i).get("properties").get("code").asText().substring(0, 2))) {
                features.remove(i);
            }
        }
        return some.toString();
    }

    /** {@code "01,03"} as county codes; a code that is not two digits is refused naming the parameter. */
    public static Set<String> counties(String parameter) {
        Set<String> codes = new TreeSet<>();
        if (parameter == null || parameter.isBlank()) {
            return codes;
        }
        for (String code : parameter.split(",")) {
            String c = code.strip();
            if (!c.matches("\\d{2}")) {
                throw new InvalidInputException("county", "'" + c + "' is not an SCB county code (two digits, e.g. 01)");
            }
            codes.add(c);
        }
        return codes;
    }

    static ObjectNode simplified(List<MunicipalityArea> areas, ObjectMapper mapper, String source) {
        ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
        collection.putObject("properties").put("source", source).put("simplifiedToDegrees", TOLERANCE_DEGREES);
        ArrayNode features = collection.putArray("features");
        for (MunicipalityArea area : areas) {
            Geometry shape = TopologyPreservingSimplifier.simplify(area.area(), TOLERANCE_DEGREES);
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("code", area.municipality().code()).put("name", area.municipality().name());
            ObjectNode geometry = feature.putObject("geometry").put("type", "MultiPolygon");
            ArrayNode polygons = geometry.putArray("coordinates");
            for (int i = 0; i < shape.getNumGeometries(); i++) {
                if (shape.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                    ArrayNode rings = polygons.addArray();
                    ring(rings.addArray(), polygon.getExteriorRing());
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        ring(rings.addArray(), polygon.getInteriorRingN(h));
                    }
                }
            }
        }
        return collection;
    }

    private static void ring(ArrayNode into, LineString ring) {
        for (Coordinate c : ring.getCoordinates()) {
            into.addArray().add(Math.round(c.x * ROUND) / ROUND).add(Math.round(c.y * ROUND) / ROUND);
        }
    }
}
