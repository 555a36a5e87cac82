package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.GeoPoint;

import java.util.Objects;

/**
 * A free unit as a move-up policy sees it. It counts as standing at {@code stationId} (its own station, or the one
 * it was sent to stand by at), where it goes when it is not sent out; {@code position} is where it is now, from
 * which it would drive.
 *
 * @param atStation true when it is at that station now
 */
public record IdleUnit(String unitId, String callSign, GeoPoint position, String stationId, boolean atStation) {

    public IdleUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(stationId, "stationId");
        callSign = callSign == null ? unitId : callSign;
    }
}
