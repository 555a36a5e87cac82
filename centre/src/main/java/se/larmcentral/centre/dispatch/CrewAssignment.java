package se.larmcentral.centre.dispatch;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.calls.PositionReport;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.IncidentStatus;
import se.larmcentral.dispatch.Milestone;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.StatusTransitions;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.triage.Advice;
import se.larmcentral.triage.AssessmentView;
import se.larmcentral.triage.Criterion;
import se.larmcentral.triage.MedicalIndex;
import se.larmcentral.triage.ResponsePlan;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a crew's terminal (mobil dataterminal) shows: its unit, the statuses it may report next, and the assignment
 * it works on with what the crew needs of the call and of the assessment. Read for one unit; nothing of other units'
 * work is in it.
 *
 * @param nextStatuses the statuses the crew may report now, in the table's order
 * @param statusTable  the crew's part of the unit status table (from every status, the reportable ones), so a terminal
 *                     that queues reports offline can offer the next press after one not yet sent
 * @param job          the current assignment, null when the unit has none
 * @param standby      where the unit was sent to stand by after a move-up (förflyttning), null at its own station
 */
public record CrewAssignment(DispatchViews.UnitView unit, List<UnitStatus> nextStatuses,
                             Map<UnitStatus, List<UnitStatus>> statusTable, Job job, Instant at, Standby standby) {

    /** The station a moved unit stands by at (or drives to), and its own station. */
    public record Standby(String stationId, String stationName, GeoPoint position, String homeStationId,
                          String homeStationName) {
    }

    /**
     * The statuses a crew reports with one press: every status the table allows except {@code ALERTED} (set by an
     * assignment) and {@code TEMPORARILY_UNAVAILABLE} (it needs a reason and a time back: the dispatcher's form).
     */
    public static boolean oneTouch(UnitStatus status) {
        return status != UnitStatus.ALERTED && status != UnitStatus.TEMPORARILY_UNAVAILABLE;
    }

    /**
     * One assignment.
     *
     * @param times     the incident's milestones so far
     * @param call      the call it came from, null when it was made by hand
     * @param destinationId the hospital chosen for this unit's patient ({@code ChooseDestination}), or null
     * @param hospital      the chosen hospital, else the nearest suitable one by road from the incident; null until
     *                      added
     * @param hospitals     the suitable hospitals nearest first, for the crew's choice; empty until added
     * @param route         the route to drive next on the road network, null until added or without one
     */
    public record Job(String incidentId, int priority, UnitType neededType, IncidentStatus status, GeoPoint position,
                      Map<Milestone, Instant> times, CallFacts call, Assessment assessment, String destinationId,
                      DispatchViews.HospitalOption hospital, List<DispatchViews.HospitalOption> hospitals, Route route) {
    }

    /**
     * The route to drive next (färdväg), from the same road network the recommendation uses.
     *
     * @param to     {@code INCIDENT} on the way there, {@code HOSPITAL} from the scene on
     * @param points the road's points from the unit's known position to the destination
     */
    public record Route(String to, GeoPoint destination, List<GeoPoint> points, java.time.Duration duration,
                        double metres) {
    }

    /** Where the unit drives next: from its known position to the incident, or from the scene to the hospital. */
    public record Leg(String to, GeoPoint from, GeoPoint destination) {
    }

    /**
     * The call's key facts for the crew.
     *
     * @param address      the civic address reported with the position, if any
     * @param municipality the municipality chosen or located, if any
     * @param note         the call-taker's note on the classification
     */
    public record CallFacts(String callId, String address, String municipality, String note, Instant queuedAt) {
    }

    /**
     * The assessment's decision as the crew reads it.
     *
     * @param code        the criterion the priority rests on (e.g. {@code A.10.01}), else the proposal's
     * @param criterion   what the criterion says
     * @param instruction the region's instruction for the response, if any
     * @param advice      the advice given to the caller
     */
    public record Assessment(int priority, String code, String criterion, boolean lightsAndSirens, String instruction,
                             List<Advice> advice) {
    }

    /** The unit's view; refused (not found, naming {@code unitId}) for an unknown unit. */
    public static CrewAssignment of(CentreState state, String unitId, Instant at) {
        Unit unit = state.dispatch().requireUnit("unitId", unitId);
        Job job = unit.incident().flatMap(state.dispatch()::incident)
                .map(incident -> job(state, unit, incident)).orElse(null);
        Standby standby = !unit.relocated() ? null : state.dispatch().station(unit.stationId())
                .map(to -> new Standby(to.id(), to.name(), to.position(), unit.homeStationId(),
                        state.dispatch().station(unit.homeStationId()).map(Station::name).orElse(unit.homeStationId())))
                .orElse(null);
        return new CrewAssignment(DispatchViews.UnitView.of(unit, at), next(unit.status()), table(), job, at, standby);
    }

    /**
     * The same with the hospitals for the job (travel times are worked out outside the state's lock): the chosen
     * destination when there is one among them, else the nearest.
     */
    public CrewAssignment withHospitals(DispatchViews.HospitalChoice choice) {
        if (job == null) {
            return this;
        }
        // the chosen one first, then the alternatives not already listed (the chooser's alternatives may repeat it)
        java.util.Map<String, DispatchViews.HospitalOption> byId = new java.util.LinkedHashMap<>();
        byId.put(choice.hospital().hospitalId(), choice.hospital());
        choice.alternatives().forEach(option -> byId.putIfAbsent(option.hospitalId(), option));
        List<DispatchViews.HospitalOption> all = List.copyOf(byId.values());
        DispatchViews.HospitalOption hospital = all.stream().filter(h -> h.hospitalId().equals(job.destinationId))
                .findFirst().orElse(choice.hospital());
        return new CrewAssignment(unit, nextStatuses, statusTable, new Job(job.incidentId, job.priority, job.neededType,
                job.status, job.position, job.times, job.call, job.assessment, job.destinationId, hospital,
                all, job.route), at, standby);
    }

    /** The same with the route to drive next. */
    public CrewAssignment withRoute(Route route) {
        if (job == null) {
            return this;
        }
        return new CrewAssignment(unit, nextStatuses, statusTable, new Job(job.incidentId, job.priority, job.neededType,
                job.status, job.position, job.times, job.call, job.assessment, job.destinationId, job.hospital,
                job.hospitals, route), at, standby);
    }

    /**
     * The leg to drive next: on the way (alerted, acknowledged, en route), from the unit's known position (reported,
     * else its station) to the incident; on scene or with the patient, from there to the hospital added; else none.
     */
    public Optional<Leg> nextLeg(CentreState state) {
        if (job == null) {
            return Optional.empty();
        }
        Unit current = state.dispatch().requireUnit("unitId", unit.id());
        GeoPoint known = state.dispatch().positionOf(current).point();
        if (current.status().isOnTheWay()) {
            return Optional.of(new Leg("INCIDENT", known, job.position));
        }
        if ((current.status() == UnitStatus.ON_SCENE || current.status() == UnitStatus.TRANSPORT) && job.hospital != null) {
            GeoPoint from = current.status() == UnitStatus.ON_SCENE || current.reportedPosition() == null ? job.position : known;
            return state.dispatch().hospital(job.hospital.hospitalId())
                    .map(h -> new Leg("HOSPITAL", from, h.position()));
        }
        return Optional.empty();
    }

    private static List<UnitStatus> next(UnitStatus from) {
        return StatusTransitions.TABLE.allowedFrom(from).stream().filter(CrewAssignment::oneTouch).sorted().toList();
    }

    private static Map<UnitStatus, List<UnitStatus>> table() {
        Map<UnitStatus, List<UnitStatus>> table = new EnumMap<>(UnitStatus.class);
        for (UnitStatus from : UnitStatus.values()) {
            table.put(from, next(from));
        }
        return table;
    }

    private static Job job(CentreState state, Unit unit, Incident incident) {
        Optional<Call> call = state.calls().calls().stream()
                .filter(c -> c.links().stream().anyMatch(l -> l.kind() == CaseLinkKind.DISPATCH_INCIDENT
                        && l.reference().equals(incident.id())))
                .findFirst();
        return new Job(incident.id(), incident.priority(), incident.neededType(), incident.status(), incident.position(),
                Map.copyOf(incident.times().asMap()),
                call.map(CrewAssignment::facts).orElse(null),
                call.flatMap(c -> assessment(state, c.id())).orElse(null),
                incident.units().stream().filter(u -> u.unitId().equals(unit.id()) && u.leftAt() == null)
                        .map(u -> u.destinationId()).filter(java.util.Objects::nonNull).reduce((a, b) -> b).orElse(null),
                null, List.of(), null);
    }

    private static CallFacts facts(Call call) {
        String address = call.position().reported().reversed().stream()
                .map(PositionReport::position)
                .filter(p -> p.civicAddress() != null && !p.civicAddress().oneLine().isBlank())
                .map(p -> p.civicAddress().oneLine()).findFirst().orElse(null);
        String municipality = call.position().chosen() != null ? call.position().chosen().name()
                : call.position().reported().reversed().stream().map(PositionReport::located)
                .filter(l -> l != null && l.found()).map(l -> l.name()).findFirst().orElse(null);
        String note = call.classification() == null || call.classification().note() == null
                || call.classification().note().isBlank() ? null : call.classification().note();
        return new CallFacts(call.id(), address, municipality, note, call.queuedAt());
    }

    private static Optional<Assessment> assessment(CentreState state, String callId) {
        if (state.triage().assessment(callId).isEmpty()) {
            return Optional.empty();
        }
        AssessmentView view = state.triage().view(callId);
        Optional<MedicalIndex> index = state.triage().versions().index(view.indexVersion());
        Criterion basis = view.decidedCode() != null
                ? index.flatMap(i -> i.criterion(view.decidedCode())).orElse(null)
                : view.proposal() == null ? null : view.proposal().criterion();
        if (basis == null) {
            return Optional.empty();
        }
        List<Advice> advice = index.map(i -> i.adviceFor(view.chapter(), basis)).orElse(List.of());
        ResponsePlan plan = view.response();
        int priority = view.priority() != 0 ? view.priority() : basis.priority();
        return Optional.of(new Assessment(priority, basis.code(), basis.text().first(), plan != null && plan.lightsAndSirens(),
                plan == null || plan.instruction() == null || plan.instruction().first().isBlank() ? null
                        : plan.instruction().first(),
                advice));
    }
}
