package se.larmcentral.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * The ranked units for one incident: advice to the operator, who decides.
 *
 * @param candidates  best first (earliest arrival estimate)
 * @param unreachable units that could go but have no road route to the incident, with the reason
 * @param travelMethod how the travel times were found (from {@code TravelTimes})
 * @param travelEstimated true when the travel times are estimates without a road network
 * @param at          the instant the recommendation was made for
 */
public record Recommendation(List<Candidate> candidates, List<String> unreachable, String travelMethod,
                             boolean travelEstimated, Instant at) {

    public Recommendation {
        candidates = List.copyOf(candidates);
        unreachable = List.copyOf(unreachable);
    }
}
