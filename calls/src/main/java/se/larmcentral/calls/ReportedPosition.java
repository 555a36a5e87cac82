package se.larmcentral.calls;

import se.larmcentral.core.FreeText;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.TimeWindow;

import java.time.Instant;
import java.util.Objects;

/**
 * A caller's position as the handset or network reported it.
 *
 * @param point              WGS84 position; null when only a civic address was given
 * @param uncertaintyMetres  radius of the uncertainty circle in metres, or null when not given
 * @param confidencePercent  level of confidence that the caller is inside the circle (0-100), or null
 * @param source             which message it came in
 * @param method             positioning method as the message names it (GNSS, WIFI, CELL, GPS, ...); may be empty
 * @param determinedAt       when the handset determined it, or null when not given
 * @param civicAddress       civic address, or null
 */
public record ReportedPosition(GeoPoint point, Double uncertaintyMetres, Integer confidencePercent,
                               PositionSource source, String method, Instant determinedAt,
                               CivicAddress civicAddress) {

    /**
     * This position as the centre keeps it at {@code now}: a {@code determinedAt} outside {@link TimeWindow#HANDSET}
     * (a handset whose clock is wrong) is dropped, the position kept.
     */
    public ReportedPosition plausibleAt(Instant now) {
        if (determinedAt == null || TimeWindow.HANDSET.contains(determinedAt, now)) {
            return this;
        }
        return new ReportedPosition(point, uncertaintyMetres, confidencePercent, source, method, null, civicAddress);
    }

    /** The largest uncertainty radius taken: 1,000 km, beyond a whole country's cell coverage. */
    public static final double MAX_UNCERTAINTY_METRES = 1_000_000;

    public ReportedPosition {
        Objects.requireNonNull(source, "source");
        method = method == null ? "" : method;
        if (point == null && civicAddress == null) {
            throw new InvalidInputException("position", "has neither a point nor a civic address");
        }
        if (uncertaintyMetres != null && (!Double.isFinite(uncertaintyMetres) || uncertaintyMetres < 0
                || uncertaintyMetres > MAX_UNCERTAINTY_METRES)) {
            throw new InvalidInputException("position.uncertaintyMetres", "must be 0 to " + (long) MAX_UNCERTAINTY_METRES
                    + " metres, was " + uncertaintyMetres);
        }
        method = FreeText.singleLine("position.method", method);
        if (method.length() > 40) {
            throw new InvalidInputException("position.method", "is longer than 40 characters");
        }
        if (confidencePercent != null && (confidencePercent < 0 || confidencePercent > 100)) {
            throw new InvalidInputException("position.confidencePercent", "must be 0 to 100, was " + confidencePercent);
        }
    }
}
