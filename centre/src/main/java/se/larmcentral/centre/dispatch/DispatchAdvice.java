package se.larmcentral.centre.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.dispatch.UnitFlags;
import se.larmcentral.dispatch.WaitingLimits;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.Hospital;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.HospitalChooser;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.RecommendationSnapshot;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.TravelTimes;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dispatch queries that need travel times (recommendation, proposal for a free unit, hospital choice). Each
 * reads the small part of the state it needs through {@code reader} (under the state's read lock) and searches the
 * road graph after the lock is released, so a search never holds up the command loop. The geo module's errors are
 * renamed to the field the client sent: a position too far from a road is refused naming {@code position} (or the
 * query parameter), not the geo module's {@code destination}, and the limit as the setting {@code geo.maxSnapMetres}.
 */
public final class DispatchAdvice {

    /** Reads the state under its lock: the server's command loop, or a plain state in a command-line tool. */
    @FunctionalInterface
    public interface StateReader {
        <T> T read(Function<DispatchState, T> query);
    }

    private final TravelTimes travelTimes;
    private final Recommender recommender;
    private final WaitingLimits waitingLimits;
    private final MoveUpAdvice moveUp;

    public DispatchAdvice(TravelTimes travelTimes, Recommender recommender) {
        this(travelTimes, recommender, WaitingLimits.DEFAULT);
    }

    public DispatchAdvice(TravelTimes travelTimes, Recommender recommender, WaitingLimits waitingLimits) {
        this(travelTimes, recommender, waitingLimits, MoveUpAdvice.NONE);
    }

    public DispatchAdvice(TravelTimes travelTimes, Recommender recommender, WaitingLimits waitingLimits,
                          MoveUpAdvice moveUp) {
        this.travelTimes = travelTimes;
        this.recommender = recommender;
        this.waitingLimits = waitingLimits;
        this.moveUp = moveUp;
    }

    /** The move-up policy's proposals now (förflyttning), as advice to the dispatcher. */
    public MoveUpAdvice.View moveUp(StateReader reader, Instant at) {
        return renamed("demand", () -> moveUp.proposals(reader, travelTimes, at));
    }

    /** How long an incident of each priority may wait for a unit before it is flagged. */
    public WaitingLimits waitingLimits() {
        return waitingLimits;
    }

    /** Everything that needs the dispatcher now: units' flags, then incidents waiting past their limit. */
    public List<UnitFlags.Flag> flags(DispatchState state, Instant at) {
        List<UnitFlags.Flag> all = new java.util.ArrayList<>(UnitFlags.at(state, at));
        all.addAll(waitingLimits.overdue(state, at));
        return all;
    }

    public TravelTimes travelTimes() {
        return travelTimes;
    }

    /** Refuses a position that cannot be routed to (farther from a road than the configured distance). */
    public void requireRoutable(String field, GeoPoint position) {
        renamed(field, () -> travelTimes.toDestination(position, List.of()));
    }

    public Recommendation forIncident(StateReader reader, String incidentId, Instant at) {
        RecommendationSnapshot snapshot = reader.read(state -> {
            Incident incident = state.requireIncident("incidentId", incidentId);
            return recommender.snapshot(state, RecommendationRequest.forIncident(incident), at);
        });
        return renamed("position", () -> recommender.rank(snapshot, travelTimes));
    }

    public Recommendation at(StateReader reader, String field, GeoPoint position, int priority, UnitType type,
                             Instant at) {
        RecommendationRequest request = new RecommendationRequest(position, priority, type, null);
        RecommendationSnapshot snapshot = reader.read(state -> recommender.snapshot(state, request, at));
        return renamed(field, () -> recommender.rank(snapshot, travelTimes));
    }

    public DispatchViews.UnitProposal proposalFor(StateReader reader, String unitId, Instant at) {
        PendingQueue.ProposalSnapshot snapshot = reader.read(state -> PendingQueue.snapshotFor(state, unitId, at));
        return PendingQueue.propose(snapshot, travelTimes)
                .map(p -> DispatchViews.UnitProposal.of(unitId, p))
                .orElseGet(() -> DispatchViews.UnitProposal.none(unitId));
    }

    public DispatchViews.HospitalChoice hospital(StateReader reader, String field, GeoPoint from,
                                                 HospitalCapability capability) {
        List<Hospital> hospitals = reader.read(state -> List.copyOf(state.hospitals()));
        return DispatchViews.HospitalChoice.of(renamed(field,
                () -> HospitalChooser.choose(hospitals, from, capability, travelTimes)));
    }

    /** A reader over a state no other thread changes (a command-line tool's own copy). */
    /**
     * The road travel time and distance from one point to another for an emergency vehicle, as the recommendation
     * computes them, with the average speed so a person can judge it.
     */
    public DispatchViews.RouteAnswer route(GeoPoint from, GeoPoint to) {
        TravelTimeAnswer answer;
        try {
            answer = travelTimes.toDestination(to, List.of(from));
        } catch (InvalidInputException e) {
            String field = "destination".equals(e.field()) ? "to" : "origin".equals(e.field()) ? "from" : e.field();
            throw new InvalidInputException(field, e.reason().replace("(maxSnapMetres)", "(geo.maxSnapMetres)"));
        }
        return DispatchViews.RouteAnswer.of(from, to, answer.legs().getFirst(), answer.estimated(), answer.method());
    }

    public static StateReader of(DispatchState state) {
        return new StateReader() {
            @Override
            public <T> T read(Function<DispatchState, T> query) {
                return query.apply(state);
            }
        };
    }

    private static <T> T renamed(String field, Supplier<T> query) {
        try {
            return query.get();
        } catch (InvalidInputException e) {
            if ("destination".equals(e.field()) || "origin".equals(e.field())) {
                throw new InvalidInputException(field, e.reason().replace("(maxSnapMetres)", "(geo.maxSnapMetres)"));
            }
            throw e;
        }
    }
}
