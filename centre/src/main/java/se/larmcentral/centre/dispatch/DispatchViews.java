package se.larmcentral.centre.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Durations;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalChooser;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.IncidentUnit;
import se.larmcentral.dispatch.IncidentStatus;
import se.larmcentral.dispatch.Milestone;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitFlags;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the dispatch endpoints answer with: the domain's state as JSON-friendly records. */
public final class DispatchViews {

    private DispatchViews() {
    }

    /** The fleet: units with their status and how long they have had it, stations and hospitals. */
    public record Fleet(List<UnitView> units, List<Station> stations, List<Hospital> hospitals, Instant at) {

        public static Fleet of(DispatchState state, Instant at) {
            return new Fleet(state.units().stream().map(u -> UnitView.of(u, at)).toList(),
                    List.copyOf(state.stations()), List.copyOf(state.hospitals()), at);
        }
    }

    /**
     * One unit now.
     *
     * @param timeInStatus how long it has had its status at {@code at}
     * @param inShift      whether one of its shifts covers {@code at}
     */
    public record UnitView(String id, String callSign, UnitType type, String stationId, UnitStatus status,
                           Instant statusSince, Duration timeInStatus, String incidentId, GeoPoint reportedPosition,
                           Instant positionObservedAt, String unavailableReason, Instant expectedBackAt,
                           boolean inShift, String homeStationId) {

        /** {@code stationId} is where it stands by (another than {@code homeStationId} after a move-up). */
        public static UnitView of(Unit unit, Instant at) {
            return new UnitView(unit.id(), unit.callSign(), unit.type(), unit.stationId(), unit.status(),
                    unit.statusSince(), unit.inStatusFor(at), unit.incidentId(), unit.reportedPosition(),
                    unit.positionObservedAt(), unit.unavailableReason(), unit.expectedBackAt(), unit.inShiftAt(at),
                    unit.homeStationId());
        }
    }

    /**
     * One incident.
     *
     * @param unitIds      the units on it now
     * @param units        every unit that went, with its times, destination and why it left
     * @param times        every milestone reached so far, in the order of the milestones
     * @param responseTime first unit on scene minus call queued, once a unit is on scene
     */
    public record IncidentView(String id, GeoPoint position, int priority, UnitType neededType, IncidentStatus status,
                               List<String> unitIds, List<IncidentUnit> units, Map<Milestone, Instant> times,
                               Duration responseTime) {

        public static IncidentView of(Incident incident) {
            return new IncidentView(incident.id(), incident.position(), incident.priority(), incident.neededType(),
                    incident.status(), incident.unitIds(), incident.units(), incident.times().asMap(),
                    incident.times().responseTime().orElse(null));
        }
    }

    /** The answer to a position report: whether it was taken, and why not when it was not. */
    public record PositionReceipt(String unitId, boolean accepted, String explanation) {

        public static PositionReceipt of(se.larmcentral.dispatch.ReportPosition.Answer answer) {
            return new PositionReceipt(answer.unitId(), answer.accepted(), answer.explanation());
        }
    }

    /**
     * The answer to a status report: the change made, and for a unit it made free (clear, available at station or
     * mobile) while incidents wait in the queue, the queued incident it serves best.
     *
     * @param proposal null when the unit is not free or the queue is empty
     */
    public record StatusReceipt(String unitId, UnitStatus from, UnitStatus to, String incidentId, UnitProposal proposal,
                                TerminalReport report) {

        public static StatusReceipt of(se.larmcentral.dispatch.StatusChange change, UnitProposal proposal) {
            return new StatusReceipt(change.unitId(), change.from(), change.to(), change.incidentId(), proposal, null);
        }

        /** The answer to a crew terminal's report with its id (null report for a plain one). */
        public static StatusReceipt of(se.larmcentral.dispatch.ReportStatusOnce.Outcome outcome, UnitProposal proposal) {
            se.larmcentral.dispatch.StatusChange change = outcome.change();
            return new StatusReceipt(change.unitId(), change.from(), change.to(), change.incidentId(), proposal,
                    new TerminalReport(outcome.reportId(), outcome.pressedAt(), outcome.receivedAt(), outcome.repeated()));
        }
    }

    /**
     * A crew terminal's report as recorded.
     *
     * @param repeated true when it had been recorded before: this is its first outcome again, nothing new was recorded
     */
    public record TerminalReport(String reportId, Instant pressedAt, Instant receivedAt, boolean repeated) {
    }

    /** Incidents, by priority then by when the call was queued. */
    public record IncidentList(List<IncidentView> incidents) {
    }

    /** One place in the pending queue. */
    public record QueuePlace(int place, String incidentId, int priority, UnitType neededType, GeoPoint position,
                             Duration waiting) {

        public static QueuePlace of(PendingQueue.Entry entry) {
            Incident incident = entry.incident();
            return new QueuePlace(entry.place(), incident.id(), incident.priority(), incident.neededType(),
                    incident.position(), entry.waiting());
        }
    }

    /** The pending queue in order. */
    public record PendingIncidents(List<QueuePlace> queue, Instant at) {
    }

    /**
     * What a free unit is offered: the queued incident it serves best, or none.
     *
     * @param incidentId null when no queued incident fits
     */
    public record UnitProposal(String unitId, String incidentId, Integer priority, Duration waiting, Duration travel,
                               boolean travelEstimated, String explanation) {

        public static UnitProposal of(String unitId, PendingQueue.Proposal proposal) {
            return new UnitProposal(unitId, proposal.incidentId(), proposal.priority(), proposal.waiting(),
                    proposal.travel(), proposal.travelEstimated(), proposal.explanation());
        }

        public static UnitProposal none(String unitId) {
            return new UnitProposal(unitId, null, null, null, null, false,
                    "no queued incident that unit " + unitId + " can serve and reach by road");
        }
    }

    /** A unit that needs the operator's attention. */
    public record UnitAlert(UnitFlags.Flag.Kind kind, String unitId, String incidentId, Instant since,
                            Duration elapsed, String explanation) {

        public static UnitAlert of(UnitFlags.Flag flag) {
            return new UnitAlert(flag.kind(), flag.unitId(), flag.incidentId(), flag.since(), flag.elapsed(),
                    flag.explanation());
        }
    }

    /**
     * Unacknowledged alerts, long hospital stays and incidents waiting past their limit.
     *
     * @param waitingLimits the limits of priority 1 to 4, so a screen can flag an incident as its clock runs
     */
    public record UnitAlerts(List<UnitAlert> flags, Instant at, List<Duration> waitingLimits) {
    }

    /** A hospital considered, with its travel time and whether that is an estimate. */
    public record HospitalOption(String hospitalId, String name, Duration travel, double metres, boolean travelEstimated) {

        public static HospitalOption of(HospitalChooser.Option option) {
            return new HospitalOption(option.hospitalId(), option.name(), option.travel(), option.metres(),
                    option.travelEstimated());
        }
    }

    /** The destination hospital chosen, the alternatives nearest first, and why. */
    public record HospitalChoice(HospitalOption hospital, List<HospitalOption> alternatives, boolean travelEstimated,
                                 String explanation) {

        public static HospitalChoice of(HospitalChooser.Choice choice) {
            return new HospitalChoice(HospitalOption.of(choice.hospital()),
                    choice.alternatives().stream().map(HospitalOption::of).toList(), choice.travelEstimated(),
                    choice.explanation());
        }
    }

    /**
     * A road route between two points: the travel time and distance an emergency vehicle needs, its average speed,
     * whether the time is an estimate (no road network), and the words for it.
     */
    public record RouteAnswer(GeoPoint from, GeoPoint to, boolean reachable, Duration travel, Double metres,
                              Double kilometresPerHour, boolean travelEstimated, String method, String explanation) {

        public static RouteAnswer of(GeoPoint from, GeoPoint to, TravelLeg leg, boolean estimated, String method) {
            if (!leg.reachable()) {
                return new RouteAnswer(from, to, false, null, null, null, estimated, method,
                        "no road connects the two points in the network (" + method + ")");
            }
            double seconds = Math.max(1, leg.duration().toMillis() / 1000.0);
            double speed = Math.round(leg.metres() / seconds * 3.6 * 10) / 10.0;
            String explanation = String.format(java.util.Locale.ROOT, "%.1f km in %s, on average %.0f km/h%s",
                    leg.metres() / 1000, Durations.text(leg.duration()), speed, estimated
                            ? " (estimated from the straight-line distance: no road network)" : " by road (" + method + ")");
            return new RouteAnswer(from, to, true, leg.duration(), Math.round(leg.metres() * 10) / 10.0, speed, estimated,
                    method, explanation);
        }
    }
}
