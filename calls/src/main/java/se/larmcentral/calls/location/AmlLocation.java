package se.larmcentral.calls.location;

import java.time.Instant;

/**
 * The location part of an AML message; every value is null when absent or bad (a bad one is in the problems).
 *
 * @param latitude           WGS84 degrees (SMS {@code lt}, HTTPS {@code location_latitude})
 * @param longitude          WGS84 degrees (SMS {@code lg}, HTTPS {@code location_longitude})
 * @param radiusMetres       uncertainty radius (SMS {@code rd}, HTTPS {@code location_accuracy})
 * @param confidencePercent  level of confidence (SMS {@code lc}; HTTPS {@code location_certainty} in percent or
 *                           {@code location_confidence} as a fraction 0-1)
 * @param positionedAt       when the handset found it (SMS {@code top} in UTC, HTTPS {@code location_time} in ms)
 * @param method             positioning method (SMS {@code pm}, HTTPS {@code location_source})
 * @param altitudeMetres     HTTPS {@code location_altitude}
 * @param verticalAccuracyMetres HTTPS {@code location_vertical_accuracy}
 * @param floor              HTTPS {@code location_floor}, a label as on a lift button
 * @param bearingDegrees     HTTPS {@code location_bearing}
 * @param speedMetresPerSecond HTTPS {@code location_speed}
 */
public record AmlLocation(Double latitude, Double longitude, Double radiusMetres, Integer confidencePercent,
                          Instant positionedAt, AmlPositioningMethod method, Double altitudeMetres,
                          Double verticalAccuracyMetres, String floor, Double bearingDegrees,
                          Double speedMetresPerSecond) {
}
