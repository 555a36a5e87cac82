package se.larmcentral.crisis.warning;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A closed ring of WGS84 points (CAP {@code polygon}): at least four, the first repeated last. */
public record Polygon(List<GeoPoint> points) {

    public Polygon {
        points = Copies.of(points);
    }

    static Polygon checked(String field, Polygon polygon) {
        if (polygon == null || polygon.points() == null) {
            throw new InvalidInputException(field, "is missing");
        }
        List<GeoPoint> points = polygon.points();
        if (points.size() < 4) {
            throw new InvalidInputException(field, "has " + points.size() + " points; a closed polygon needs at least 4"
                    + " (the first repeated last)");
        }
        if (points.size() > 500) {
            throw new InvalidInputException(field, "has " + points.size() + " points; at most 500");
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i) == null) {
                throw new InvalidInputException(field + "[" + i + "]", "is missing");
            }
        }
        if (!points.getFirst().equals(points.getLast())) {
            throw new InvalidInputException(field, "is not closed: the last point must repeat the first ("
                    + points.getFirst().lat() + "," + points.getFirst().lon() + ")");
        }
        return polygon;
    }

    /** As CAP writes it: {@code lat,lon} pairs separated by spaces. */
    public String cap() {
        return points.stream().map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.lat(), p.lon()))
                .collect(Collectors.joining(" "));
    }
}
