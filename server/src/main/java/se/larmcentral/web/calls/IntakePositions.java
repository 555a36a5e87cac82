package se.larmcentral.web.calls;


import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads the optional caller position of an intake request into a reported position; errors name the field. */
final class IntakePositions {

    private IntakePositions() {
    }

    /** The reported position, or null when the request has none. */
    static ReportedPosition read(CallRequests.IntakePosition given) {
        if (given == null) {
            return null;
        }
        if (given.lat() == null) {
            throw new InvalidInputException("position.lat", "is missing; give the latitude in WGS84 degrees");
        }
        if (given.lon() == null) {
            throw new InvalidInputException("position.lon", "is missing; give the longitude in WGS84 degrees");
        }
        if (!Double.isFinite(given.lat()) || given.lat() < -90 || given.lat() > 90) {
            throw new InvalidInputException("position.lat", "must be between -90 and 90 degrees, was " + given.lat());
        }
        if (!Double.isFinite(given.lon()) || given.lon() < -180 || given.lon() > 180) {
            throw new InvalidInputException("position.lon", "must be between -180 and 180 degrees, was " + given.lon());
        }
        return new ReportedPosition(new GeoPoint(given.lat(), given.lon()), given.uncertaintyMetres(), null,
                source(given.source()), "", null, null);
    }

    private static PositionSource source(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("position.source", "is missing; one of " + known());
        }
        try {
            return PositionSource.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("position.source", "'" + text + "' is not one of " + known());
        }
    }

    private static String known() {
        return Arrays.stream(PositionSource.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
