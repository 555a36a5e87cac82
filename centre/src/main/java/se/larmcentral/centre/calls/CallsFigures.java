package se.larmcentral.centre.calls;


import se.larmcentral.calls.Call;
import se.larmcentral.calls.figures.AnswerTimeFigures;
import se.larmcentral.calls.figures.AnswerTimeReport;
import se.larmcentral.calls.figures.TargetResult;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Answer-time figures as the API and {@code larm calls figures} show them: seconds, shares, targets judged. */
public final class CallsFigures {

    private CallsFigures() {
    }

    /**
     * The figures of one period.
     *
     * @param localStart          the period's start in Swedish time, with its offset
     * @param meanAnswerSeconds   null when nothing was answered
     * @param shareAfter15s       fraction 0-1 of answered calls; null when nothing was answered
     * @param longestWaitSeconds  answered, abandoned or still waiting
     */
    public record Figures(Instant from, Instant to, OffsetDateTime localStart, int calls, int answered, int abandoned,
                          int waiting, Double meanAnswerSeconds, int answeredAfter15s, int answeredAfter30s,
                          Double shareAfter15s, Double shareAfter30s, double longestWaitSeconds,
                          List<TargetResult> targets, boolean allMet) {

        public static Figures of(AnswerTimeReport r) {
            return new Figures(r.from(), r.to(), r.localStart().toOffsetDateTime(), r.calls(), r.answered(),
                    r.abandoned(), r.waiting(),
                    r.meanAnswerTime() == null ? null : CallViews.seconds(r.meanAnswerTime()), r.answeredAfter15s(),
                    r.answeredAfter30s(), r.shareAfter15s(), r.shareAfter30s(), CallViews.seconds(r.longestWait()),
                    r.targets(), r.allMet());
        }
    }

    /** Figures as of {@code at}, over {@code lines} (112 or all). */
    public record LiveFigures(String lines, Instant at, Figures figures) {
    }

    /** Figures per hour or per day. */
    public record PeriodFigures(String lines, Instant at, List<Figures> periods) {
    }

    /** The live figures of these calls at {@code now} (also what {@code larm calls figures} prints). */
    public static LiveFigures live(Iterable<Call> calls, boolean all, Instant now) {
        return new LiveFigures(all ? "all" : "112", now, Figures.of(AnswerTimeFigures.live(calls(calls, all), now)));
    }

    public static Iterable<Call> calls(Iterable<Call> calls, boolean all) {
        return all ? calls : AnswerTimeFigures.on112(calls);
    }

}
