package se.larmcentral.core;

/**
 * A position in WGS84 degrees (EPSG:4326), as GPS, AML and GeoJSON give it.
 */
public record GeoPoint(double lat, double lon) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public GeoPoint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidInputException("lat", "must be a latitude between -90 and 90 degrees, was " + lat);
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new InvalidInputException("lon", "must be a longitude between -180 and 180 degrees, was " + lon);
        }
    }

    /** Parses {@code "59.3098,18.0519"} (latitude first, as people say it). */
    public static GeoPoint parse(String field, String text) {
        if (text == null) {
            throw new InvalidInputException(field, "is missing; give LAT,LON in degrees");
        }
        String[] parts = text.split(",");
        if (parts.length != 2) {
            throw new InvalidInputException(field, "must be LAT,LON in degrees, was '" + text + "'");
        }
        try {
            return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be LAT,LON in degrees, was '" + text + "'");
        }
    }

    /** Great-circle distance in metres (haversine); good to a few metres at the scale of a region. */
    public double distanceMetresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
