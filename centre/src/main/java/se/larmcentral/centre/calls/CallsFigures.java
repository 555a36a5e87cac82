package se.larmcentral.centre.calls;


import se.larmcentral.calls.Call;
import se.larmcentral.calls.figures.AnswerTimeFigures;
import se.larmcentral.calls.figures.AnswerTimeReport;
import se.larmcentral.calls.figures.TargetResult;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    /**
     * Figures per hour or per day: of every call, and told apart for the calls marked with a major incident
     * (särskild händelse: from its area while it was active) and the rest, so a major incident's load is not read as
     * the centre's everyday answer times.
     *
     * @param majorIncidentPeriods the same periods, only the calls marked with a major incident; null when not told apart
     * @param otherPeriods         the same periods, the calls not marked; null when not told apart
     */
    public record PeriodFigures(String lines, Instant at, List<Figures> periods, List<Figures> majorIncidentPeriods,
                                List<Figures> otherPeriods) {

        /** Without the major-incident split. */
        public PeriodFigures(String lines, Instant at, List<Figures> periods) {
            this(lines, at, periods, null, null);
        }

        /**
         * The periods {@code report} makes of these calls (already of the lines asked for), of all of them and of
         * the marked ones and the rest apart.
         */
        public static PeriodFigures split(String lines, Instant at, List<Call> calls, Predicate<String> marked,
                                          Function<List<Call>, List<AnswerTimeReport>> report) {
            Map<Boolean, List<Call>> parts = calls.stream()
                    .collect(Collectors.partitioningBy(call -> marked.test(call.id())));
            return new PeriodFigures(lines, at, figures(report.apply(calls)), figures(report.apply(parts.get(true))),
                    figures(report.apply(parts.get(false))));
        }

        private static List<Figures> figures(List<AnswerTimeReport> reports) {
            return reports.stream().map(Figures::of).toList();
        }
    }

    /** The live figures of these calls at {@code now} (also what {@code larm calls figures} prints). */
    public static LiveFigures live(Iterable<Call> calls, boolean all, Instant now) {
        return new LiveFigures(all ? "all" : "112", now, Figures.of(AnswerTimeFigures.live(calls(calls, all), now)));
    }

    public static Iterable<Call> calls(Iterable<Call> calls, boolean all) {
        return all ? calls : AnswerTimeFigures.on112(calls);
    }

}
