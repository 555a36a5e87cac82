package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

import java.time.Duration;

/**
 * Settings of the recommender.
 *
 * @param turnout    time to get going, by where the unit is
 * @param staleAfter        a reported position older than this is still used but marked stale (default 5 minutes)
 * @param redirectionMargin how much earlier a unit on its way to a priority 2 or 3 must arrive than the best free
 *                          unit to rank above it for a new priority 1 ("clearly closer"; default 60 s, zero: any
 *                          earlier arrival). Taking a unit from its case re-queues that case, so a few seconds'
 *                          gain is not worth it
 */
public record RecommenderSettings(TurnoutTimes turnout, Duration staleAfter, Duration redirectionMargin) {

    public static final Duration DEFAULT_REDIRECTION_MARGIN = Duration.ofSeconds(60);

    public static final RecommenderSettings DEFAULT = new RecommenderSettings(TurnoutTimes.DEFAULT, Duration.ofMinutes(5),
            DEFAULT_REDIRECTION_MARGIN);

    /** With the default redirection margin. */
    public RecommenderSettings(TurnoutTimes turnout, Duration staleAfter) {
        this(turnout, staleAfter, DEFAULT_REDIRECTION_MARGIN);
    }

    public RecommenderSettings {
        if (turnout == null) {
            throw new InvalidInputException("turnout", "is missing");
        }
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new InvalidInputException("staleAfter", "must be a positive duration");
        }
        if (redirectionMargin == null || redirectionMargin.isNegative()) {
            throw new InvalidInputException("redirectionMargin", "must be zero or a positive duration");
        }
    }
}
