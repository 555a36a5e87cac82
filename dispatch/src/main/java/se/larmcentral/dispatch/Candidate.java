package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;

import java.time.Duration;

/**
 * One unit that could go, with its arrival estimate and why.
 *
 * @param rank                 1 for the best
 * @param kind                 how it would be taken: from station, mobile, redirection, hospital overdue
 * @param origin               the position the travel time was computed from
 * @param turnout              time to get going
 * @param travel               road travel time from {@code origin}
 * @param estimate             turnout + travel: the arrival estimate the ranking uses
 * @param metres               road distance
 * @param travelEstimated      true when the travel time is an estimate without a road network
 * @param redirectedFrom       the incident it would leave (redirection or hospital overdue), or null
 * @param redirectedFromPriority that incident's priority, or 0
 * @param positionStale        true when the reported position is older than the stale age
 * @param positionAge          age of the reported position at the instant asked, or null for a station position
 * @param explanation          the estimate in words, for the operator; null when the caller asked for fewer
 *                             explanations than candidates ({@link Recommender#rank(RecommendationSnapshot, se.larmcentral.geo.TravelTimes, int)})
 */
public record Candidate(int rank, String unitId, String callSign, UnitType type, UnitStatus status,
                        Eligibility.Kind kind, GeoPoint origin, Duration turnout, Duration travel, Duration estimate,
                        double metres, boolean travelEstimated, String redirectedFrom, int redirectedFromPriority,
                        boolean positionStale, Duration positionAge, String explanation) {

    public boolean isRedirection() {
        return kind == Eligibility.Kind.REDIRECTION;
    }
}
