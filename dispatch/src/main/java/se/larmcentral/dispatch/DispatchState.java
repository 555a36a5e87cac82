package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;
import se.larmcentral.dispatch.DispatchEvent.AtPatientReported;
import se.larmcentral.dispatch.DispatchEvent.HospitalRegistered;
import se.larmcentral.dispatch.DispatchEvent.IncidentCancelled;
import se.larmcentral.dispatch.DispatchEvent.DestinationChosen;
import se.larmcentral.dispatch.DispatchEvent.IncidentCreated;
import se.larmcentral.dispatch.DispatchEvent.IncidentMoved;
import se.larmcentral.dispatch.DispatchEvent.IncidentReprioritised;
import se.larmcentral.dispatch.DispatchEvent.PositionReported;
import se.larmcentral.dispatch.DispatchEvent.PreAlertSent;
import se.larmcentral.dispatch.DispatchEvent.StationRegistered;
import se.larmcentral.dispatch.DispatchEvent.UnitAssigned;
import se.larmcentral.dispatch.DispatchEvent.UnitRegistered;
import se.larmcentral.dispatch.DispatchEvent.UnitRelocated;
import se.larmcentral.dispatch.DispatchEvent.StatusReportReceived;
import se.larmcentral.dispatch.DispatchEvent.UnitStatusChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatch module's state: stations, hospitals, units and incidents, built only from {@link DispatchEvent}s.
 * Mutated only by {@link #apply} on the writer thread; everything else reads. Iteration order is registration
 * order, so replays and answers are deterministic.
 */
public final class DispatchState implements Projection {

    private final Map<String, Station> stations = new LinkedHashMap<>();
    private final Map<String, Hospital> hospitals = new LinkedHashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Incident> incidents = new LinkedHashMap<>();
    /** Per unit, the terminal reports recorded last, by report id, oldest first (at most REMEMBERED_REPORTS). */
    private final Map<String, LinkedHashMap<String, StatusReportReceived>> reports = new LinkedHashMap<>();

    /** Every pre-alert, by unit and the terminal's id, in the order sent (a hospital's view reads them all). */
    private final Map<String, PreAlertSent> preAlerts = new LinkedHashMap<>();

    /** How many terminal report ids are remembered per unit for {@link ReportStatusOnce}. */
    public static final int REMEMBERED_REPORTS = 200;

    public Optional<Station> station(String id) {
        return Optional.ofNullable(stations.get(id));
    }

    public Optional<Hospital> hospital(String id) {
        return Optional.ofNullable(hospitals.get(id));
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public Optional<Incident> incident(String id) {
        return Optional.ofNullable(incidents.get(id));
    }

    /** The unit, or a {@link NotFoundException} on {@code field} naming the unknown id. */
    public Unit requireUnit(String field, String id) {
        Unit unit = units.get(id);
        if (unit == null) {
            throw new NotFoundException(field, "unknown unit '" + id + "'");
        }
        return unit;
    }

    public Incident requireIncident(String field, String id) {
        Incident incident = incidents.get(id);
        if (incident == null) {
            throw new NotFoundException(field, "unknown incident '" + id + "'");
        }
        return incident;
    }

    /** The terminal report {@code reportId} of the unit, if it is among those remembered. */
    public Optional<StatusReportReceived> statusReport(String unitId, String reportId) {
        Map<String, StatusReportReceived> ofUnit = reports.get(unitId);
        return ofUnit == null ? Optional.empty() : Optional.ofNullable(ofUnit.get(reportId));
    }

    /** The pre-alert {@code preAlertId} of the unit, if it was sent. */
    public Optional<PreAlertSent> preAlert(String unitId, String preAlertId) {
        return Optional.ofNullable(preAlerts.get(unitId + "/" + preAlertId));
    }

    /** Every pre-alert sent, oldest first. */
    public Collection<PreAlertSent> preAlerts() {
        return Collections.unmodifiableCollection(preAlerts.values());
    }

    public Collection<Station> stations() {
        return Collections.unmodifiableCollection(stations.values());
    }

    public Collection<Hospital> hospitals() {
        return Collections.unmodifiableCollection(hospitals.values());
    }

    public Collection<Unit> units() {
        return Collections.unmodifiableCollection(units.values());
    }

    public Collection<Incident> incidents() {
        return Collections.unmodifiableCollection(incidents.values());
    }

    /**
     * Where a unit is, as far as the state knows: a unit available at its station is at the station; otherwise its
     * last reported position; without any report, its station (marked as such).
     */
    public KnownPosition positionOf(Unit unit) {
        GeoPoint stationPoint = stations.get(unit.stationId()).position();
        if (unit.status() == UnitStatus.AVAILABLE_AT_STATION || unit.reportedPosition() == null) {
            return new KnownPosition(stationPoint, null, true);
        }
        return new KnownPosition(unit.reportedPosition(), unit.positionObservedAt(), false);
    }

    @Override
    public void apply(Recorded recorded) {
        if (!(recorded.event() instanceof DispatchEvent event)) {
            return;
        }
        switch (event) {
            case StationRegistered e -> stations.put(e.stationId(),
                    new Station(e.stationId(), e.name(), e.position(), e.municipalityCode()));
            case HospitalRegistered e -> hospitals.put(e.hospitalId(),
                    new Hospital(e.hospitalId(), e.name(), e.position(), e.capabilities()));
            case UnitRegistered e -> units.put(e.unitId(), new Unit(e.unitId(), e.callSign(), e.type(), e.stationId(),
                    e.shifts(), e.status(), e.at(), null, null, null, null, null, e.stationId()));
            case PositionReported e -> units.computeIfPresent(e.unitId(),
                    (id, unit) -> unit.withPosition(e.position(), e.observedAt()));
            case IncidentCreated e -> incidents.put(e.incidentId(), new Incident(e.incidentId(), e.position(),
                    e.priority(), e.neededType(), IncidentStatus.QUEUED, List.of(),
                    IncidentTimes.of(e.callQueuedAt(), e.priorityDecidedAt()), List.of()));
            case UnitAssigned e -> applyAssigned(e);
            case UnitStatusChanged e -> applyStatusChanged(e);
            case UnitRelocated e -> units.computeIfPresent(e.unitId(), (id, unit) -> unit.relocatedTo(e.toStationId(),
                    e.at(), e.fromStatus() == UnitStatus.AVAILABLE_AT_STATION && stations.containsKey(e.fromStationId())
                            ? stations.get(e.fromStationId()).position() : null));
            case StatusReportReceived e -> remember(e);
            case PreAlertSent e -> preAlerts.put(e.unitId() + "/" + e.preAlertId(), e);
            case AtPatientReported e -> incidents.computeIfPresent(e.incidentId(), (id, incident) ->
                    incident.with(incident.status(), incident.unitIds(),
                            incident.times().withFirst(Milestone.AT_PATIENT, e.at())));
            case IncidentCancelled e -> incidents.computeIfPresent(e.incidentId(), (id, incident) ->
                    incident.with(IncidentStatus.CANCELLED, List.of(),
                            incident.times().withFirst(Milestone.CANCELLED, e.at()))
                            .withUnits(incident.units().stream().map(u -> u.left(e.at(), "incident cancelled")).toList()));
            case DestinationChosen e -> incidents.computeIfPresent(e.incidentId(), (id, incident) ->
                    incident.withUnits(IncidentUnit.change(incident.units(), e.unitId(), u -> u.destination(e.hospitalId()))));
            case IncidentMoved e -> incidents.computeIfPresent(e.incidentId(), (id, incident) ->
                    incident.at(e.to()));
            case IncidentReprioritised e -> incidents.computeIfPresent(e.incidentId(), (id, incident) ->
                    incident.withPriority(e.toPriority(), e.toType()));
        }
    }

    private void remember(StatusReportReceived e) {
        LinkedHashMap<String, StatusReportReceived> ofUnit = reports.computeIfAbsent(e.unitId(), id -> new LinkedHashMap<>());
        ofUnit.put(e.reportId(), e);
        if (ofUnit.size() > REMEMBERED_REPORTS) {
            ofUnit.pollFirstEntry();
        }
    }

    private void applyAssigned(UnitAssigned e) {
        Unit unit = units.get(e.unitId());
        if (e.previousIncidentId() != null) {
            release(e.previousIncidentId(), e.unitId(), e.at(), (e.redirection() ? "redirected to " : "sent on to ")
                    + e.incidentId());
        }
        units.put(unit.id(), unit.withStatus(UnitStatus.ALERTED, e.at(), e.incidentId(), null, null));
        Incident incident = incidents.get(e.incidentId());
        List<String> assigned = new ArrayList<>(incident.unitIds());
        assigned.add(unit.id());
        List<IncidentUnit> history = new ArrayList<>(incident.units());
        history.add(IncidentUnit.alerted(unit.id(), e.at()));
        incidents.put(incident.id(), incident.with(IncidentStatus.ASSIGNED, assigned,
                incident.times().withFirst(Milestone.UNIT_ALERTED, e.at())).withUnits(history));
    }

    private void applyStatusChanged(UnitStatusChanged e) {
        Unit unit = units.get(e.unitId());
        String keptIncident = e.to().isOnAssignment() ? unit.incidentId() : null;
        boolean unavailable = e.to() == UnitStatus.TEMPORARILY_UNAVAILABLE;
        units.put(unit.id(), unit.withStatus(e.to(), e.at(), keptIncident,
                unavailable ? e.reason() : null, unavailable ? e.expectedBackAt() : null));
        if (e.incidentId() == null || !incidents.containsKey(e.incidentId())) {
            return;
        }
        Incident incident = incidents.get(e.incidentId());
        IncidentTimes times = incident.times();
        times = switch (e.to()) {
            case ACKNOWLEDGED -> times.withFirst(Milestone.ACKNOWLEDGED, e.at());
            case EN_ROUTE -> times.withFirst(Milestone.EN_ROUTE, e.at());
            case ON_SCENE -> times.withFirst(Milestone.ON_SCENE, e.at());
            case TRANSPORT -> times.withFirst(Milestone.LEFT_SCENE, e.at());
            case AT_HOSPITAL -> times.withFirst(Milestone.AT_DESTINATION, e.at());
            case CLEAR -> clearedTimes(times, e);
            default -> times;
        };
        List<IncidentUnit> history = e.to().isOnAssignment()
                ? IncidentUnit.change(incident.units(), unit.id(), u -> u.reached(e.to(), e.at()))
                : incident.units();
        incidents.put(incident.id(), incident.with(incident.status(), incident.unitIds(), times).withUnits(history));
        if (e.to() == UnitStatus.CLEAR) {
            release(incident.id(), unit.id(), e.at(), "cleared" + (e.reason() == null ? "" : ": " + e.reason()));
        }
    }

    private static IncidentTimes clearedTimes(IncidentTimes times, UnitStatusChanged e) {
        IncidentTimes result = times;
        if (e.from() == UnitStatus.AT_HOSPITAL) {
            result = result.withFirst(Milestone.HANDOVER_COMPLETE, e.at());
        }
        if (result.has(Milestone.ON_SCENE)) {
            result = result.withFirst(Milestone.AVAILABLE, e.at());
        }
        return result;
    }

    /**
     * A unit leaves an incident. When no unit is left, the incident is closed if a unit reached it, otherwise it
     * goes back to the pending queue (a redirected or stood-down unit leaves its case waiting).
     */
    private void release(String incidentId, String unitId, Instant at, String because) {
        Incident incident = incidents.get(incidentId);
        if (incident == null || !incident.isOpen()) {
            return;
        }
        incident = incident.withUnits(IncidentUnit.change(incident.units(), unitId, u -> u.left(at, because)));
        List<String> remaining = new ArrayList<>(incident.unitIds());
        remaining.remove(unitId);
        IncidentStatus status = incident.status();
        if (remaining.isEmpty()) {
            status = incident.times().has(Milestone.ON_SCENE) ? IncidentStatus.CLOSED : IncidentStatus.QUEUED;
        }
        incidents.put(incidentId, incident.with(status, remaining, incident.times()));
    }

    /**
     * A position and where it came from.
     *
     * @param observedAt  when a reported position was observed; {@code null} for a station position
     * @param fromStation true when it is the unit's station (at the station, or no position reported yet)
     */
    public record KnownPosition(GeoPoint point, Instant observedAt, boolean fromStation) {
    }
}
