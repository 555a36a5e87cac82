package se.larmcentral.calls;

import se.larmcentral.core.GeoPoint;

import java.time.Instant;

/**
 * The position as the operator corrected it (for example from what the caller says), kept beside the reported ones.
 *
 * @param located the municipality found for the corrected point
 */
public record CorrectedPosition(GeoPoint point, String reason, MunicipalityLocation located, Instant at,
                                String operator) {
}
