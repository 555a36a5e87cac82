package se.larmcentral.sim;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainException;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.Recorded;
import se.larmcentral.dispatch.AssignUnit;
import se.larmcentral.dispatch.Candidate;
import se.larmcentral.dispatch.ChooseDestination;
import se.larmcentral.dispatch.CreateIncident;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.EndShift;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.HospitalChooser;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.IncidentStatus;
import se.larmcentral.dispatch.IncidentUnit;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.Milestone;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.RelocateUnit;
import se.larmcentral.dispatch.ReportPosition;
import se.larmcentral.dispatch.ReportStatus;
import se.larmcentral.dispatch.ShiftRoster;
import se.larmcentral.dispatch.StartShift;
import se.larmcentral.dispatch.Unit;
import se.larmcentral.dispatch.UnitStatus;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A discrete-event simulation of one region on the product's own dispatch engine. Time is virtual: a priority queue
 * of events at explicit instants. Every decision is the product's: incidents are created with {@link CreateIncident},
 * the unit is the {@link Recommender}'s first candidate, assigned with {@link AssignUnit} (a redirection included),
 * an incident nobody can take waits in the product's pending queue and is given to the unit {@link PendingQueue}
 * proposes when one becomes free, the hospital is {@link HospitalChooser}'s, statuses go through {@link ReportStatus}
 * and shifts start and end by {@link ShiftRoster}. Only time and the crews' actions are simulated: the dispatch delay,
 * acknowledging, turnout, driving (road travel times as live), on scene, transport or not, handover, the drive back.
 *
 * <p>Not thread-safe; one instance is one run. The same scenario, policy and seed give the same result bit for bit.
 */
public final class Simulation {

    /** How often shifts are checked; the shipped shift windows start and end on the quarter hour. */
    static final Duration SHIFT_CHECK = Duration.ofMinutes(15);

    private final Scenario scenario;
    private final Policy policy;
    private final long seed;
    private final Recommender recommender = new Recommender();
    private final TravelTimes travel;
    private final DispatchState state;
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::order));
    private final Map<String, UnitTrack> tracks = new LinkedHashMap<>();
    private final Map<String, SimCall> calls = new HashMap<>();
    private final Set<String> waiting = new LinkedHashSet<>();
    private long order;
    private long sequence;
    private long events;
    private long decisions;
    private final List<MoveRecord> moveLog = new ArrayList<>();
    private long redirections;
    private Instant now;
    private final List<String> stationIds;
    private final Map<String, Integer> stationIndex = new HashMap<>();
    private final int[] freePerStation;
    private final StationIdleLog idleLog;
    private boolean unitsChanged = true;

    public Simulation(Scenario scenario, Policy policy, long seed) {
        this.scenario = scenario;
        this.policy = policy;
        this.seed = seed;
        this.now = scenario.start();
        this.travel = new RememberedTrips(scenario.travel());
        this.state = new DispatchState();
        run(new LoadFleet(scenario.fleet()));
        for (Unit unit : state.units()) {
            UnitTrack track = new UnitTrack();
            if (unit.status() != UnitStatus.OUT_OF_SERVICE) {
                track.inServiceSince = now;
            }
            tracks.put(unit.id(), track);
        }
        stationIds = state.stations().stream().map(s -> s.id()).toList();
        for (int s = 0; s < stationIds.size(); s++) {
            stationIndex.put(stationIds.get(s), s);
        }
        freePerStation = new int[stationIds.size()];
        idleLog = new StationIdleLog(stationIds);
    }

    /** Runs {@code length} of calls and then until every incident is done; progress once a simulated day. */
    public SimResult run(Duration length, Consumer<String> progress) {
        Instant end = scenario.start().plus(length);
        Demand.CallSource source = scenario.demand().start(scenario.start(), scenario.zone(),
                new RandomStreams(seed), scenario.service());
        source.next().filter(c -> c.arrival().isBefore(end)).ifPresent(c -> schedule(c.arrival(), new CallArrives(c)));
        schedule(scenario.start(), new ShiftCheck());
        Duration moveUpInterval = policy.moveUp().interval();
        if (moveUpInterval != null) {
            schedule(scenario.start().plus(moveUpInterval), new MoveUpCheck(moveUpInterval));
        }
        Instant nextProgress = scenario.start().plus(Duration.ofDays(1));
        while (!queue.isEmpty()) {
            Scheduled next = queue.poll();
            now = next.at();
            events++;
            if (now.isAfter(nextProgress) && !now.isAfter(end)) {
                progress.accept(Duration.between(scenario.start(), now).toDays() + " of " + length.toDays()
                        + " days, " + calls.size() + " calls");
                nextProgress = nextProgress.plus(Duration.ofDays(1));
            }
            switch (next.event()) {
                case CallArrives e -> {
                    calls.put(e.call().id(), e.call());
                    schedule(seconds(e.call().arrival(), e.call().durations().dispatchDelay()), new IncidentReady(e.call()));
                    source.next().filter(c -> c.arrival().isBefore(end)).ifPresent(c -> schedule(c.arrival(), new CallArrives(c)));
                }
                case IncidentReady e -> {
                    run(new CreateIncident(e.call().id(), e.call().position(), e.call().priority(), UnitType.AMBULANCE,
                            e.call().arrival()));
                    dispatch(e.call().id());
                }
                case Redispatch e -> dispatch(e.incidentId());
                case CrewStep e -> {
                    if (tracks.get(e.unitId()).token == e.token()) {
                        step(e.unitId(), e.next());
                    }
                }
                case Arrived e -> {
                    UnitTrack track = tracks.get(e.unitId());
                    if (track.token == e.token()) {
                        track.movement = null;
                        arrived(e.unitId(), e.atStation(), e.to());
                    }
                }
                case ShiftCheck e -> {
                    shifts();
                    if (now.isBefore(end)) {
                        schedule(now.plus(SHIFT_CHECK), e);
                    }
                }
                case MoveUpCheck e -> {
                    moveUp();
                    if (now.isBefore(end)) {
                        schedule(now.plus(e.interval()), e);
                    }
                }
            }
            if (unitsChanged) {
                countFreeUnits();
            }
        }
        return result(end);
    }

    // --- decisions: the product's

    private void dispatch(String incidentId) {
        Incident incident = state.incident(incidentId).orElseThrow();
        if (incident.status() != IncidentStatus.QUEUED) {
            return;
        }
        if (incident.priority() == 1) {
            reportMovingPositions(true);
        } else {
            reportMovingPositions(false);
        }
        decisions++;
        // no explanation texts: the simulated dispatcher reads none (they were the hot spot after the searches)
        Recommendation recommendation = recommender.recommend(state, RecommendationRequest.forIncident(incident),
                travel, now, 0);
        Optional<Candidate> best = recommendation.candidates().stream()
                .filter(c -> policy.redirection() || !c.isRedirection()).findFirst();
        if (best.isEmpty()) {
            waiting.add(incidentId);
            return;
        }
        Candidate candidate = best.get();
        assign(candidate.unitId(), incidentId, candidate.travel());
    }

    private void assign(String unitId, String incidentId, Duration travel) {
        Unit unit = state.unit(unitId).orElseThrow();
        UnitTrack track = tracks.get(unitId);
        if (track.movement != null) {
            report(unitId, track.movement.positionAt(now));
            track.movement = null;
        }
        boolean atStation = unit.status() == UnitStatus.AVAILABLE_AT_STATION;
        var assignment = run(new AssignUnit(incidentId, unitId));
        waiting.remove(incidentId);
        if (assignment.fromIncidentId() != null) {
            redirections++;
            if (state.incident(assignment.fromIncidentId()).map(i -> i.status() == IncidentStatus.QUEUED).orElse(false)) {
                schedule(now, new Redispatch(assignment.fromIncidentId()));
            }
        }
        if (track.busySince == null) {
            track.busySince = now;
        }
        track.token++;
        track.travel = travel;
        track.alertedAtStation = atStation;
        SimCall call = calls.get(incidentId);
        schedule(seconds(now, call.durations().acknowledge()), new CrewStep(unitId, track.token, UnitStatus.ACKNOWLEDGED));
        moveUp();
    }

    /**
     * A unit became free: the head of the queue it can serve, else move-up, else back to its station. A unit whose
     * shift ended while it worked ends it now, as the live shift timer would.
     */
    private void free(String unitId) {
        Unit current = state.unit(unitId).orElseThrow();
        if (!current.shifts().isEmpty() && !current.inShiftAt(now)) {
            shifts();
            if (state.unit(unitId).orElseThrow().status() == UnitStatus.OUT_OF_SERVICE) {
                return;
            }
        }
        if (!waiting.isEmpty()) {
            decisions++;
            Optional<PendingQueue.Proposal> proposal = PendingQueue.proposeFor(state, unitId, travel, now);
            if (proposal.isPresent()) {
                assign(unitId, proposal.get().incidentId(), proposal.get().travel());
                return;
            }
        }
        Unit unit = state.unit(unitId).orElseThrow();
        if (unit.status() == UnitStatus.CLEAR) {
            GeoPoint from = state.positionOf(unit).point();
            GeoPoint station = state.station(unit.stationId()).orElseThrow().position();
            drive(unitId, from, station, true);
        }
        moveUp(unitId);
    }

    /**
     * The move-up step's moves, each issued as the product's {@code RelocateUnit} (the unit counts at the new station
     * from then on, as live) and driven there; a move the product refuses (the unit is no longer free, or already
     * stands there) is skipped.
     */
    private void moveUp() {
        moveUp(null);
    }

    /** The same after unit {@code freedUnitId} has just become free (null: another decision). */
    private void moveUp(String freedUnitId) {
        if (policy.moveUp() == MoveUpStep.NONE) {
            return;
        }
        reportMovingPositions(false);
        List<MoveUpStep.Move> proposed = freedUnitId == null ? policy.moveUp().after(state, travel, now)
                : policy.moveUp().afterFreed(state, travel, now, freedUnitId);
        for (MoveUpStep.Move move : proposed) {
            Unit unit = state.unit(move.unitId()).orElseThrow();
            UnitTrack track = tracks.get(move.unitId());
            GeoPoint from = track.movement != null ? track.movement.positionAt(now) : state.positionOf(unit).point();
            String fromStation = unit.stationId();
            try {
                run(new RelocateUnit(move.unitId(), move.stationId(), move.reason()));
            } catch (DomainException refused) {
                continue;
            }
            report(move.unitId(), from);
            GeoPoint station = state.station(move.stationId()).orElseThrow().position();
            Duration drive = drive(move.unitId(), from, station, true);
            moveLog.add(new MoveRecord(now, move.unitId(), fromStation, move.stationId(), drive, move.reason()));
        }
    }

    // --- the crews' actions: simulated

    private void step(String unitId, UnitStatus next) {
        UnitTrack track = tracks.get(unitId);
        Unit unit = state.unit(unitId).orElseThrow();
        SimCall call = calls.get(unit.incidentId());
        SimCall.CallDurations d = call.durations();
        switch (next) {
            case ACKNOWLEDGED -> {
                run(ReportStatus.of(unitId, UnitStatus.ACKNOWLEDGED));
                double turnout = track.alertedAtStation ? d.turnoutAtStation() : d.turnoutMobile();
                schedule(seconds(now, turnout), new CrewStep(unitId, track.token, UnitStatus.EN_ROUTE));
            }
            case EN_ROUTE -> {
                run(ReportStatus.of(unitId, UnitStatus.EN_ROUTE));
                GeoPoint from = state.positionOf(state.unit(unitId).orElseThrow()).point();
                Instant there = now.plus(track.travel);
                track.movement = new Movement(from, call.position(), now, there);
                schedule(there, new CrewStep(unitId, track.token, UnitStatus.ON_SCENE));
            }
            case ON_SCENE -> {
                track.movement = null;
                run(ReportStatus.of(unitId, UnitStatus.ON_SCENE));
                report(unitId, call.position());
                boolean transport = d.transport() && !state.hospitals().isEmpty();
                schedule(seconds(now, d.onScene()), new CrewStep(unitId, track.token,
                        transport ? UnitStatus.TRANSPORT : UnitStatus.CLEAR));
            }
            case TRANSPORT -> {
                decisions++;
                HospitalChooser.Choice choice = HospitalChooser.choose(state, call.position(), HospitalCapability.ADULT,
                        travel);
                run(new ChooseDestination(unitId, choice.hospital().hospitalId()));
                run(ReportStatus.of(unitId, UnitStatus.TRANSPORT));
                GeoPoint hospital = state.hospital(choice.hospital().hospitalId()).orElseThrow().position();
                Instant there = now.plus(choice.hospital().travel());
                track.movement = new Movement(call.position(), hospital, now, there);
                track.hospital = hospital;
                schedule(there, new CrewStep(unitId, track.token, UnitStatus.AT_HOSPITAL));
            }
            case AT_HOSPITAL -> {
                track.movement = null;
                run(ReportStatus.of(unitId, UnitStatus.AT_HOSPITAL));
                report(unitId, track.hospital);
                schedule(seconds(now, d.handover()), new CrewStep(unitId, track.token, UnitStatus.CLEAR));
            }
            case CLEAR -> {
                run(ReportStatus.of(unitId, UnitStatus.CLEAR));
                track.busy = track.busy.plus(Duration.between(track.busySince, now));
                track.busySince = null;
                track.token++;
                free(unitId);
            }
            default -> throw new IllegalStateException("no crew step to " + next);
        }
    }

    private Duration drive(String unitId, GeoPoint from, GeoPoint to, boolean toStation) {
        UnitTrack track = tracks.get(unitId);
        track.token++;
        TravelTimeAnswer answer = travel.fromOrigin(from, List.of(to));
        TravelLeg leg = answer.legs().getFirst();
        Duration trip = leg.reachable() ? leg.duration() : Duration.ZERO;
        track.movement = new Movement(from, to, now, now.plus(trip));
        schedule(now.plus(trip), new Arrived(unitId, track.token, toStation, to));
        return trip;
    }

    private void arrived(String unitId, boolean atStation, GeoPoint where) {
        Unit unit = state.unit(unitId).orElseThrow();
        if (atStation) {
            if (unit.status() == UnitStatus.CLEAR || unit.status() == UnitStatus.AVAILABLE_MOBILE) {
                run(ReportStatus.of(unitId, UnitStatus.AVAILABLE_AT_STATION));
            }
        } else if (unit.status().isAvailable()) {
            report(unitId, where);
        }
    }

    private void shifts() {
        for (ShiftRoster.Change change : ShiftRoster.due(state, now)) {
            UnitTrack track = tracks.get(change.unitId());
            if (change.direction() == ShiftRoster.Change.Direction.START) {
                run(new StartShift(change.unitId()));
                track.inServiceSince = now;
                free(change.unitId());
            } else {
                run(new EndShift(change.unitId()));
                track.token++;
                track.movement = null;
                if (track.inServiceSince != null) {
                    track.inService = track.inService.plus(Duration.between(track.inServiceSince, now));
                    track.inServiceSince = null;
                }
            }
        }
    }

    /**
     * Tells the product where moving units are now (straight-line progress along their trip), so its recommendation
     * sees them where they are: free units on their way back always, units on their way to an incident only when a
     * redirection is possible (a priority 1).
     */
    private void reportMovingPositions(boolean alsoOnTheWay) {
        for (Map.Entry<String, UnitTrack> entry : tracks.entrySet()) {
            Movement movement = entry.getValue().movement;
            if (movement == null) {
                continue;
            }
            UnitStatus status = state.unit(entry.getKey()).orElseThrow().status();
            if (status.isAvailable() || (alsoOnTheWay && status.isOnTheWay())) {
                report(entry.getKey(), movement.positionAt(now));
            }
        }
    }

    private void report(String unitId, GeoPoint position) {
        run(new ReportPosition(unitId, position, now));
    }

    // --- the command loop: decide on the state, apply the events, as the centre's loop does

    private <R> R run(Command<DispatchState, R> command) {
        if (!(command instanceof ReportPosition) && !(command instanceof CreateIncident)) {
            unitsChanged = true;
        }
        Decision<R> decision = command.decide(state, now);
        for (DomainEvent event : decision.events()) {
            state.apply(new Recorded(++sequence, now, Actor.SYSTEM, event));
        }
        return decision.result();
    }

    /**
     * The free ambulances per station after an event that may have changed a unit (DMEXCLP's count: available at
     * station, mobile or clear, at the station it counts at), for the coverage map. A shift that ends while a unit is
     * free counts until the next shift check ends it (at most 15 minutes).
     */
    private void countFreeUnits() {
        unitsChanged = false;
        Arrays.fill(freePerStation, 0);
        for (Unit unit : state.units()) {
            if (unit.status().isAvailable() && unit.type().canAnswer(UnitType.AMBULANCE)) {
                Integer s = stationIndex.get(unit.stationId());
                if (s != null) {
                    freePerStation[s]++;
                }
            }
        }
        idleLog.observe(now, freePerStation);
    }

    private void schedule(Instant at, SimEvent event) {
        queue.add(new Scheduled(at, order++, event));
    }

    private static Instant seconds(Instant from, double seconds) {
        return from.plusNanos(Math.round(seconds * 1e9));
    }

    private SimResult result(Instant end) {
        Instant finish = now.isAfter(end) ? now : end;
        List<IncidentOutcome> outcomes = new ArrayList<>(calls.size());
        for (Incident incident : state.incidents()) {
            outcomes.add(outcome(incident));
        }
        Map<String, SimResult.UnitUse> use = new LinkedHashMap<>();
        for (Unit unit : state.units()) {
            UnitTrack track = tracks.get(unit.id());
            Duration inService = track.inService;
            if (track.inServiceSince != null) {
                inService = inService.plus(Duration.between(track.inServiceSince, finish));
            }
            Duration busy = track.busySince == null ? track.busy : track.busy.plus(Duration.between(track.busySince, finish));
            use.put(unit.id(), new SimResult.UnitUse(unit.id(), unit.stationId(), busy, inService));
        }
        return new SimResult(scenario.name(), policy.name(), seed, scenario.start(), finish, outcomes, use, events,
                decisions, moveLog.size(), redirections, List.copyOf(moveLog), idleLog.finish(finish));
    }

    private static IncidentOutcome outcome(Incident incident) {
        Instant call = incident.times().get(Milestone.QUEUED).orElseThrow();
        IncidentUnit first = incident.units().stream()
                .filter(u -> u.reached().containsKey(UnitStatus.ON_SCENE))
                .min(Comparator.comparing(u -> u.reached().get(UnitStatus.ON_SCENE)))
                .orElse(incident.units().isEmpty() ? null : incident.units().getFirst());
        String hospital = incident.units().stream().map(IncidentUnit::destinationId).filter(h -> h != null)
                .findFirst().orElse(null);
        return new IncidentOutcome(incident.id(), call, incident.position(), incident.priority(),
                incident.times().get(Milestone.UNIT_ALERTED).orElse(null),
                incident.times().get(Milestone.ON_SCENE).orElse(null),
                incident.times().responseTime().orElse(null),
                first == null ? null : first.unitId(), hospital, incident.units().size());
    }

    // --- the simulation's own bookkeeping

    private sealed interface SimEvent permits CallArrives, IncidentReady, Redispatch, CrewStep, Arrived, ShiftCheck,
            MoveUpCheck {
    }

    private record CallArrives(SimCall call) implements SimEvent {
    }

    private record IncidentReady(SimCall call) implements SimEvent {
    }

    private record Redispatch(String incidentId) implements SimEvent {
    }

    /** The crew reports {@code next}, unless the unit was given other work since ({@code token} changed). */
    private record CrewStep(String unitId, long token, UnitStatus next) implements SimEvent {
    }

    private record Arrived(String unitId, long token, boolean atStation, GeoPoint to) implements SimEvent {
    }

    private record ShiftCheck() implements SimEvent {
    }

    /** A move-up decision at the policy's interval, besides those after assignments and units coming free. */
    private record MoveUpCheck(Duration interval) implements SimEvent {
    }

    private record Scheduled(Instant at, long order, SimEvent event) {
    }

    /** A trip in progress, for where the unit is on the way (straight-line interpolation by elapsed time). */
    private record Movement(GeoPoint from, GeoPoint to, Instant depart, Instant arrive) {

        GeoPoint positionAt(Instant at) {
            long total = Duration.between(depart, arrive).toMillis();
            if (total <= 0 || !at.isBefore(arrive)) {
                return to;
            }
            double f = Math.max(0, (double) Duration.between(depart, at).toMillis() / total);
            return new GeoPoint(from.lat() + f * (to.lat() - from.lat()), from.lon() + f * (to.lon() - from.lon()));
        }
    }

    private static final class UnitTrack {
        long token;
        Movement movement;
        Duration travel = Duration.ZERO;
        boolean alertedAtStation;
        GeoPoint hospital;
        Instant busySince;
        Duration busy = Duration.ZERO;
        Instant inServiceSince;
        Duration inService = Duration.ZERO;
    }
}
