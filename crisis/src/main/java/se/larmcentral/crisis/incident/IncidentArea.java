package se.larmcentral.crisis.incident;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where a major incident is: SCB municipality codes, a polygon (WGS84, the ring need not be closed), or both; a
 * place lies in the area when its municipality is listed or its point is inside the polygon.
 */
public record IncidentArea(List<String> municipalities, List<GeoPoint> polygon) {

    public static final int MAX_MUNICIPALITIES = 290;
    public static final int MAX_POLYGON_POINTS = 500;

    public IncidentArea {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
    }

    /** Checks an area given by a person: refused with the field named when empty or malformed; codes deduplicated. */
    public static IncidentArea of(List<String> municipalities, List<GeoPoint> polygon) {
        List<String> codes = municipalities == null ? List.of() : municipalities;
        List<GeoPoint> ring = polygon == null ? List.of() : polygon;
        if (codes.isEmpty() && ring.isEmpty()) {
            throw new InvalidInputException("area", "is empty; name at least one municipality or draw a polygon");
        }
        if (codes.size() > MAX_MUNICIPALITIES) {
            throw new InvalidInputException("area.municipalities", "has " + codes.size() + " codes; Sweden has "
                    + MAX_MUNICIPALITIES + " municipalities");
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !code.matches("\\d{4}")) {
                throw new InvalidInputException("area.municipalities[" + i + "]",
                        "must be a four-digit SCB municipality code (e.g. 0180), was '" + code + "'");
            }
            unique.add(code);
        }
        if (!ring.isEmpty()) {
            if (ring.size() > MAX_POLYGON_POINTS) {
                throw new InvalidInputException("area.polygon", "has " + ring.size() + " points; at most "
                        + MAX_POLYGON_POINTS);
            }
            for (int i = 0; i < ring.size(); i++) {
                if (ring.get(i) == null) {
                    throw new InvalidInputException("area.polygon[" + i + "]", "is missing");
                }
            }
            if (ring.stream().distinct().count() < 3) {
                throw new InvalidInputException("area.polygon", "needs at least three distinct points, has "
                        + ring.stream().distinct().count());
            }
        }
        return new IncidentArea(List.copyOf(unique), ring);
    }

    /** Whether the place lies in the area: its municipality (may be null) is listed, or its point (may be null) is inside. */
    public boolean covers(GeoPoint point, String municipalityCode) {
        return (municipalityCode != null && municipalities.contains(municipalityCode))
                || (point != null && inPolygon(point));
    }

    /** Even-odd ray casting on longitude/latitude: exact enough for an area drawn on a regional map. */
    private boolean inPolygon(GeoPoint point) {
        if (polygon.size() < 3) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            GeoPoint a = polygon.get(i);
            GeoPoint b = polygon.get(j);
            if ((a.lat() > point.lat()) != (b.lat() > point.lat())
                    && point.lon() < (b.lon() - a.lon()) * (point.lat() - a.lat()) / (b.lat() - a.lat()) + a.lon()) {
                inside = !inside;
            }
        }
        return inside;
    }
}
