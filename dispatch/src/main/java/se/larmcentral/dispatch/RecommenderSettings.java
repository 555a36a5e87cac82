package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

import java.time.Duration;

/**
 * Settings of the recommender.
 *
 * @param turnout    time to get going, by where the unit is
 * @param staleAfter a reported position older than this is still used but marked stale (default 5 minutes)
 */
public record RecommenderSettings(TurnoutTimes turnout, Duration staleAfter) {

    public static final RecommenderSettings DEFAULT = new RecommenderSettings(TurnoutTimes.DEFAULT, Duration.ofMinutes(5));

    public RecommenderSettings {
        if (turnout == null) {
            throw new InvalidInputException("turnout", "is missing");
        }
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new InvalidInputException("staleAfter", "must be a positive duration");
        }
    }
}
