package se.larmcentral.geo.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.Municipality;
import se.larmcentral.geo.MunicipalityArea;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads municipality boundaries from a GeoJSON FeatureCollection (SCB's boundaries as in
 * {@code kommuner.geojson}): one feature per municipality, properties {@code kommun_kod} (four digits) and
 * {@code kommun} (name), geometry a Polygon or MultiPolygon in WGS84. Errors name the file and the feature.
 */
public final class MunicipalityGeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private MunicipalityGeoJson() {
    }

    public static List<MunicipalityArea> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InvalidInputException(file.toString(), "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: " + e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidInputException(file.toString(), "must be a GeoJSON FeatureCollection");
        }
        JsonNode features = root.path("features");
        List<MunicipalityArea> areas = new ArrayList<>(features.size());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            String place = file + ": features[" + i + "]";
            JsonNode feature = features.get(i);
            String code = feature.path("properties").path("kommun_kod").asText("");
            String name = feature.path("properties").path("kommun").asText("").strip();
            if (!code.matches("\\d{4}")) {
                throw new InvalidInputException(place + ".properties.kommun_kod", "must be a four-digit SCB code, was '" + code + "'");
            }
            if (name.isEmpty()) {
                throw new InvalidInputException(place + ".properties.kommun", "is missing");
            }
            if (!codes.add(code)) {
                throw new InvalidInputException(place + ".properties.kommun_kod", "code " + code + " appears twice");
            }
            areas.add(new MunicipalityArea(new Municipality(code, name), geometry(place + ".geometry", feature.path("geometry"))));
        }
        if (areas.isEmpty()) {
            throw new InvalidInputException(file.toString(), "has no features");
        }
        return areas;
    }

    private static Geometry geometry(String place, JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asText()) {
            case "Polygon" -> polygon(place + ".coordinates", coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(place + ".coordinates[" + i + "]", coordinates.get(i));
                }
                yield GEOMETRIES.createMultiPolygon(polygons);
            }
            default -> throw new InvalidInputException(place + ".type",
                    "must be Polygon or MultiPolygon, was '" + geometry.path("type").asText() + "'");
        };
    }

    private static Polygon polygon(String place, JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new InvalidInputException(place, "a polygon needs at least its outer ring");
        }
        LinearRing shell = ring(place + "[0]", rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(place + "[" + i + "]", rings.get(i));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static LinearRing ring(String place, JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new InvalidInputException(place, "a ring needs at least 4 positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new InvalidInputException(place + "[" + i + "]", "must be [longitude, latitude]");
            }
            coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new InvalidInputException(place, "a ring must end where it starts");
        }
        return GEOMETRIES.createLinearRing(coordinates);
    }
}
