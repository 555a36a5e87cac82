package se.larmcentral.calls.location;

import se.larmcentral.calls.CivicAddress;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.util.List;

/**
 * The location read from a PIDF-LO body.
 *
 * @param entity       the presentity ({@code presence/@entity}), e.g. {@code pres:+46701234567@example.net}
 * @param point        the centre of a gml:Point or gs:Circle, or null when only a civic address was given
 * @param radiusMetres the gs:Circle's radius in metres, or null for a point
 * @param altitudeMetres the third coordinate of a 3D point (EPSG::4979), or null
 * @param civicAddress the civic address (RFC 5139 elements), or null
 * @param method       {@code gp:method} (GPS, Cell, Manual, ...), or empty
 * @param timestamp    the tuple's or device's timestamp, or null
 * @param notes        what was present but not used (other shapes, a second location, a bad timestamp)
 */
public record PidfLoLocation(String entity, GeoPoint point, Double radiusMetres, Double altitudeMetres,
                             CivicAddress civicAddress, String method, Instant timestamp, List<String> notes) {

    public PidfLoLocation {
        notes = List.copyOf(notes);
    }

    /** As a reported position to attach to the call. */
    public ReportedPosition toReportedPosition() {
        return new ReportedPosition(point, radiusMetres, null, PositionSource.PIDF_LO, method, timestamp, civicAddress);
    }
}
