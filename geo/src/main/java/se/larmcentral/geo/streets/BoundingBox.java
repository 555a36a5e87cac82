package se.larmcentral.geo.streets;

import org.locationtech.jts.geom.Envelope;
import se.larmcentral.core.InvalidInputException;

/** The part of the map a screen shows, in degrees. */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new InvalidInputException("bbox", "south must lie at or below north, both between -90 and 90 degrees");
        }
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw new InvalidInputException("bbox", "west must lie at or left of east, both between -180 and 180 degrees");
        }
    }

    /** {@code "west,south,east,north"}, the order of GeoJSON and of Leaflet's {@code toBBoxString()}. */
    public static BoundingBox parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("bbox", "is missing; give west,south,east,north in degrees");
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new InvalidInputException("bbox", "must be west,south,east,north in degrees, was '" + text + "'");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("bbox", "must be west,south,east,north in degrees, was '" + text + "'");
            }
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException("bbox", "must be finite degrees, was '" + text + "'");
            }
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    Envelope envelope() {
        return new Envelope(west, east, south, north);
    }
}
