package se.larmcentral.calls.figures;

import java.time.Duration;

/** The 112 answer-time targets of the Swedish state agreement (see DOMAIN.md). */
public enum AnswerTimeTarget {
    /** Mean answer time at most 8 s. */
    MEAN_AT_MOST_8_S,
    /** At most 8 % of answered calls answered after more than 15 s. */
    AT_MOST_8_PERCENT_AFTER_15_S,
    /** Nobody waits more than 30 s. */
    NOBODY_OVER_30_S;

    public static final Duration MEAN_LIMIT = Duration.ofSeconds(8);
    public static final Duration SHARE_THRESHOLD = Duration.ofSeconds(15);
    public static final int SHARE_LIMIT_PERCENT = 8;
    public static final Duration LONGEST_LIMIT = Duration.ofSeconds(30);
}
