package se.larmcentral.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * What a recommendation needs from the state, copied out of it ({@link Recommender#snapshot}): the request and the
 * units that may go, each with how it may be taken, where it is and its station's name. The records are immutable,
 * so the travel-time search ({@link Recommender#rank}) runs on the snapshot without holding the state.
 *
 * @param at the instant the recommendation is made for
 */
public record RecommendationSnapshot(RecommendationRequest request, List<Option> options, Instant at) {

    public RecommendationSnapshot {
        options = List.copyOf(options);
    }

    /**
     * One unit that may go.
     *
     * @param stationName its station's name, or null when the station is unknown
     */
    public record Option(Unit unit, Eligibility eligibility, DispatchState.KnownPosition position, String stationName) {
    }
}
