package se.larmcentral.web.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.PatientAge;
import se.larmcentral.dispatch.PatientSex;
import se.larmcentral.dispatch.VitalSigns;
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

    /**
     * Send a free unit to stand by at another station (förflyttning).
     *
     * @param reason why, e.g. the move-up advice followed (at most 500 characters); optional
     */
    public record Relocation(String stationId, String reason) {
    }

    /** A vehicle location update. */
    public record PositionReport(GeoPoint position, Instant observedAt) {
    }

    /**
     * A status report from a unit.
     *
     * @param reason         why, for TEMPORARILY_UNAVAILABLE
     * @param expectedBackAt when it expects to be available again, for TEMPORARILY_UNAVAILABLE
     * @param reportId       a crew terminal's own id for the report: sent again, it is answered with its first outcome
     *                       and recorded once; omitted: a plain report
     * @param pressedAt      with a reportId, when the crew pressed (the report may have waited for a connection);
     *                       omitted: when it is received
     */
    public record StatusReport(UnitStatus status, String reason, Instant expectedBackAt, String reportId,
                               Instant pressedAt) {
    }

    /**
     * A crew's pre-alert to the receiving hospital.
     *
     * @param preAlertId        the terminal's own id: sent again, answered with the first and recorded once
     * @param incidentId        the incident meant; omitted: the unit's current one
     * @param hospitalId        omitted: the destination chosen for the unit
     * @param expectedArrivalAt when the unit expects to arrive
     */
    public record PreAlertRequest(String preAlertId, String incidentId, String hospitalId, PatientAge age,
                                  PatientSex sex, Integer priority, String criterion, VitalSigns vitals, String note,
                                  Instant expectedArrivalAt) {
    }

    /** The hospital a unit takes its patient to. */
    public record Destination(String hospitalId) {
    }

    /** The unit to alert (assign), redirect, or that reached the patient. */
    public record UnitChoice(String unitId) {
    }

    /** Why an incident is cancelled. */
    public record Cancellation(String reason) {
    }
}
