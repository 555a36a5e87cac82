package se.larmcentral.server.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.HospitalCapability;
import se.larmcentral.dispatch.HospitalChooser;
import se.larmcentral.dispatch.Incident;
import se.larmcentral.dispatch.PendingQueue;
import se.larmcentral.dispatch.Recommendation;
import se.larmcentral.dispatch.RecommendationRequest;
import se.larmcentral.dispatch.Recommender;
import se.larmcentral.dispatch.UnitType;
import se.larmcentral.geo.TravelTimes;

import java.time.Instant;
import java.util.List;

/**
 * The dispatch queries that need travel times (recommendation, proposal for a free unit, hospital choice), with
 * the geo module's errors renamed to the field the client sent: a position too far from a road is refused naming
 * {@code position} (or the query parameter), not the geo module's {@code destination}.
 */
public final class DispatchAdvice {

    private final TravelTimes travelTimes;
    private final Recommender recommender;

    public DispatchAdvice(TravelTimes travelTimes, Recommender recommender) {
        this.travelTimes = travelTimes;
        this.recommender = recommender;
    }

    public TravelTimes travelTimes() {
        return travelTimes;
    }

    /** Refuses a position that cannot be routed to (farther from a road than the configured distance). */
    public void requireRoutable(String field, GeoPoint position) {
        renamed(field, () -> travelTimes.toDestination(position, List.of()));
    }

    public Recommendation forIncident(DispatchState state, String incidentId, Instant at) {
        Incident incident = state.requireIncident("incidentId", incidentId);
        return renamed("position", () -> recommender.recommend(state, RecommendationRequest.forIncident(incident),
                travelTimes, at));
    }

    public Recommendation at(DispatchState state, String field, GeoPoint position, int priority, UnitType type,
                             Instant at) {
        RecommendationRequest request = new RecommendationRequest(position, priority, type, null);
        return renamed(field, () -> recommender.recommend(state, request, travelTimes, at));
    }

    public DispatchViews.UnitProposal proposalFor(DispatchState state, String unitId, Instant at) {
        return PendingQueue.proposeFor(state, unitId, travelTimes, at)
                .map(p -> DispatchViews.UnitProposal.of(unitId, p))
                .orElseGet(() -> DispatchViews.UnitProposal.none(unitId));
    }

    public DispatchViews.HospitalChoice hospital(DispatchState state, String field, GeoPoint from,
                                                 HospitalCapability capability) {
        return DispatchViews.HospitalChoice.of(renamed(field,
                () -> HospitalChooser.choose(state, from, capability, travelTimes)));
    }

    private static <T> T renamed(String field, java.util.function.Supplier<T> query) {
        try {
            return query.get();
        } catch (InvalidInputException e) {
            if ("destination".equals(e.field()) || "origin".equals(e.field())) {
                throw new InvalidInputException(field, e.reason());
            }
            throw e;
        }
    }
}
