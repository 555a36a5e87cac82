package se.larmcentral.dispatch;

import se.larmcentral.core.Elapsed;
import se.larmcentral.core.GeoPoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vehicle and its crew (enhet) as the state knows it now.
 *
 * @param callSign           the radio name shown to operators
 * @param stationId          its home station
 * @param shifts             when it is in service; empty means always
 * @param status             current status
 * @param statusSince        when it took that status
 * @param incidentId         the incident it works on, or {@code null}
 * @param reportedPosition   last position from a vehicle location update, or {@code null}
 * @param positionObservedAt when that position was observed, or {@code null}
 * @param unavailableReason  why it is temporarily unavailable, or {@code null}
 * @param expectedBackAt     when it expects to be available again, or {@code null}
 * @param homeStationId      the station it was registered at; {@code stationId} differs after a move-up
 *                           ({@link RelocateUnit}), until it is sent home again
 */
public record Unit(String id, String callSign, UnitType type, String stationId, List<ShiftWindow> shifts,
                   UnitStatus status, Instant statusSince, String incidentId,
                   GeoPoint reportedPosition, Instant positionObservedAt,
                   String unavailableReason, Instant expectedBackAt, String homeStationId) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        shifts = List.copyOf(shifts);
        homeStationId = homeStationId == null ? stationId : homeStationId;
    }

    /** True when it stands by at (or drives to) another station than its own after a move-up. */
    public boolean relocated() {
        return !Objects.equals(stationId, homeStationId);
    }

    public Optional<String> incident() {
        return Optional.ofNullable(incidentId);
    }

    /** How long it has had its current status at {@code now}. */
    public Duration inStatusFor(Instant now) {
        return Elapsed.between(statusSince, now);
    }

    public boolean inShiftAt(Instant instant) {
        return ShiftWindow.inService(shifts, instant);
    }

    Unit withStatus(UnitStatus newStatus, Instant since, String newIncidentId, String reason, Instant backAt) {
        return new Unit(id, callSign, type, stationId, shifts, newStatus, since, newIncidentId,
                reportedPosition, positionObservedAt, reason, backAt, homeStationId);
    }

    Unit withPosition(GeoPoint position, Instant observedAt) {
        return new Unit(id, callSign, type, stationId, shifts, status, statusSince, incidentId,
                position, observedAt, unavailableReason, expectedBackAt, homeStationId);
    }

    Unit relocatedTo(String newStationId, Instant at, GeoPoint leavesFrom) {
        return new Unit(id, callSign, type, newStationId, shifts, UnitStatus.AVAILABLE_MOBILE, at, null,
                leavesFrom == null ? reportedPosition : leavesFrom, leavesFrom == null ? positionObservedAt : at,
                null, null, homeStationId);
    }
}
