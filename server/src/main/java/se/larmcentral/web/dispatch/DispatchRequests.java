package se.larmcentral.web.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;

import java.time.Instant;

/** The JSON bodies the dispatch endpoints take. */
public final class DispatchRequests {

    private DispatchRequests() {
    }

    /**
     * A new incident.
     *
     * @param incidentId   the case id; omitted: the server gives one
     * @param neededType   the type of unit needed; omitted: AMBULANCE
     * @param callQueuedAt when the call entered the queue; omitted: now
     * @param outsideRegionReason why the incident is made although its position is outside the centre's region
     */
    public record NewIncident(String incidentId, GeoPoint position, int priority, UnitType neededType,
                              Instant callQueuedAt, String outsideRegionReason) {
    }

    /** A vehicle location update. */
    public record PositionReport(GeoPoint position, Instant observedAt) {
    }

    /**
     * A status report from a unit.
     *
     * @param reason         why, for TEMPORARILY_UNAVAILABLE
     * @param expectedBackAt when it expects to be available again, for TEMPORARILY_UNAVAILABLE
     */
    public record StatusReport(UnitStatus status, String reason, Instant expectedBackAt) {
    }

    /** The unit to alert (assign), redirect, or that reached the patient. */
    /** The hospital a unit takes its patient to. */
    public record Destination(String hospitalId) {
    }

    public record UnitChoice(String unitId) {
    }

    /** Why an incident is cancelled. */
    public record Cancellation(String reason) {
    }
}
