package se.larmcentral.dispatch;

import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;

import java.time.Instant;
import java.util.List;

/**
 * Everything the dispatch module records. Plain records (strings, numbers, enums, {@code java.time}, GeoPoint,
 * lists and nested records of those) so the journal serialises them without annotations; the journal names them
 * {@code dispatch.<RecordName>}, so renaming one is a journal format change.
 */
public sealed interface DispatchEvent extends DomainEvent {

    record StationRegistered(String stationId, String name, GeoPoint position, String municipalityCode)
            implements DispatchEvent {
    }

    record HospitalRegistered(String hospitalId, String name, GeoPoint position, List<HospitalCapability> capabilities)
            implements DispatchEvent {
    }

    /** A unit joins the fleet with its first status (available at station when in shift, else out of service). */
    record UnitRegistered(String unitId, String callSign, UnitType type, String stationId, List<ShiftWindow> shifts,
                          UnitStatus status, Instant at) implements DispatchEvent {
    }

    /** A vehicle location update (fordonsposition), observed at {@code observedAt}. */
    record PositionReported(String unitId, GeoPoint position, Instant observedAt) implements DispatchEvent {
    }

    /** A case is created; it waits in the pending queue until a unit is assigned. */
    record IncidentCreated(String incidentId, GeoPoint position, int priority, UnitType neededType,
                           Instant callQueuedAt, Instant priorityDecidedAt) implements DispatchEvent {
    }

    /**
     * A unit is alerted to an incident. {@code previousIncidentId} is the incident it leaves: the one it was on its
     * way to (a redirection, {@code redirection} true) or the one it was at hospital with (15-minute rule).
     */
    record UnitAssigned(String unitId, String incidentId, UnitStatus previousStatus, String previousIncidentId,
                        boolean redirection, Instant at) implements DispatchEvent {
    }

    /** Any status change other than an assignment. {@code incidentId} is the incident it concerns, or null. */
    record UnitStatusChanged(String unitId, String incidentId, UnitStatus from, UnitStatus to, String reason,
                             Instant expectedBackAt, Instant at) implements DispatchEvent {
    }

    /**
     * A crew terminal's status report (statusrapport från fordonsterminal), recorded beside the {@link UnitStatusChanged}
     * it made: the terminal's own id for the report, the instant the crew pressed the button and the instant the
     * centre received it (later when the report waited on the device for a connection).
     */
    record StatusReportReceived(String unitId, String reportId, String incidentId, UnitStatus from, UnitStatus to,
                                Instant pressedAt, Instant receivedAt) implements DispatchEvent {
    }

    /**
     * A crew's pre-alert to the receiving hospital (förvarning), under the terminal's own id. A later one for the same
     * incident and unit corrects it; all are kept.
     */
    record PreAlertSent(String preAlertId, String unitId, String incidentId, String hospitalId, PreAlert preAlert,
                        Instant sentAt) implements DispatchEvent {
    }

    /** The crew has reached the patient (framme hos patient), which may be later than on scene. */
    record AtPatientReported(String incidentId, String unitId, Instant at) implements DispatchEvent {
    }

    record IncidentCancelled(String incidentId, String reason, Instant at) implements DispatchEvent {
    }

    /** The hospital a unit takes the incident's patient to (destination), chosen by the crew or the dispatcher. */
    record DestinationChosen(String incidentId, String unitId, String hospitalId, Instant at) implements DispatchEvent {
    }

    /** The patient's place was corrected after the incident was made; units on their way go to the new one. */
    record IncidentMoved(String incidentId, GeoPoint from, GeoPoint to, String reason, Instant at)
            implements DispatchEvent {
    }

    /**
     * The incident's priority, and with it perhaps the type of unit it needs, changed after it was made (a
     * re-assessment); the pending queue and the recommendations follow it.
     */
    record IncidentReprioritised(String incidentId, int fromPriority, int toPriority, UnitType fromType,
                                 UnitType toType, String reason, Instant at) implements DispatchEvent {
    }

    /**
     * A free unit is sent to stand by at another station (förflyttning, a move-up): it becomes available mobile, on
     * its way there, counted at {@code toStationId} from now on, and reports available at station when it arrives.
     * {@code reason} is the dispatcher's, or the move-up policy's advice it followed.
     */
    record UnitRelocated(String unitId, String fromStationId, String toStationId, UnitStatus fromStatus, String reason,
                         Instant at) implements DispatchEvent {
    }
}
