package se.larmcentral.calls.figures;

import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.figures.TargetResult.Verdict;
import se.larmcentral.core.Elapsed;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Answer-time figures: pure functions of calls, a period and the instant they are made at. Answer time =
 * answered − entered the queue. Mean and shares are over the answered calls; the longest wait also counts callers
 * who hung up in the queue and callers still waiting at {@code now}. Periods are half-open {@code [from, to)} and a
 * call belongs to the period it entered the queue in. Hours and days are Swedish local time, so a day has 23, 24 or
 * 25 hours. The targets are those of 112; pass the calls of the lines to judge (see {@link #on112}).
 */
public final class AnswerTimeFigures {

    private AnswerTimeFigures() {
    }

    /** The calls on 112, the number the targets are set for. */
    public static List<Call> on112(Iterable<Call> calls) {
        List<Call> result = new ArrayList<>();
        calls.forEach(call -> {
            if (call.line().isEmergency112()) {
                result.add(call);
            }
        });
        return result;
    }

    /** The live figures: the hour up to {@code now}. */
    public static AnswerTimeReport live(Iterable<Call> calls, Instant now) {
        return forPeriod(calls, now.minus(Duration.ofHours(1)), now, now);
    }

    /** Each hour of a Swedish calendar day (23, 24 or 25 of them); the calls are grouped in one pass. */
    public static List<AnswerTimeReport> perHour(Iterable<Call> calls, LocalDate day, Instant now) {
        Instant start = day.atStartOfDay(SwedishTime.ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant();
        int hours = (int) Duration.between(start, end).toHours();
        List<List<Call>> groups = groups(hours);
        for (Call call : calls) {
            Instant at = call.queuedAt();
            if (!at.isBefore(start) && at.isBefore(end)) {
                groups.get((int) Duration.between(start, at).toHours()).add(call);
            }
        }
        List<AnswerTimeReport> reports = new ArrayList<>(hours);
        for (int hour = 0; hour < hours; hour++) {
            Instant from = start.plus(Duration.ofHours(hour));
            Instant to = from.plus(Duration.ofHours(1));
            reports.add(forPeriod(groups.get(hour), from, to.isAfter(end) ? end : to, now));
        }
        return reports;
    }

    /** Each Swedish calendar day from {@code first} to {@code last}, both included; the calls are grouped in one pass. */
    public static List<AnswerTimeReport> perDay(Iterable<Call> calls, LocalDate first, LocalDate last, Instant now) {
        if (last.isBefore(first)) {
            throw new InvalidInputException("last", "must not be before first (" + first + "), was " + last);
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<List<Call>> groups = groups(days);
        for (Call call : calls) {
            LocalDate day = LocalDate.ofInstant(call.queuedAt(), SwedishTime.ZONE);
            if (!day.isBefore(first) && !day.isAfter(last)) {
                groups.get((int) ChronoUnit.DAYS.between(first, day)).add(call);
            }
        }
        List<AnswerTimeReport> reports = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            reports.add(forPeriod(groups.get(i), day.atStartOfDay(SwedishTime.ZONE).toInstant(),
                    day.plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant(), now));
        }
        return reports;
    }

    private static List<List<Call>> groups(int count) {
        List<List<Call>> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        return groups;
    }

    /** The figures of the calls that entered the queue in {@code [from, to)}, as they stand at {@code now}. */
    public static AnswerTimeReport forPeriod(Iterable<Call> calls, Instant from, Instant to, Instant now) {
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from (" + from + "), was " + to);
        }
        int count = 0;
        int answered = 0;
        int abandoned = 0;
        int waiting = 0;
        int after15 = 0;
        int after30 = 0;
        long totalNanos = 0;
        Duration longest = Duration.ZERO;
        for (Call call : calls) {
            if (call.queuedAt().isBefore(from) || !call.queuedAt().isBefore(to)) {
                continue;
            }
            count++;
            var answerTime = call.answerTime();
            if (answerTime.isPresent()) {
                Duration time = answerTime.get();
                answered++;
                totalNanos = addHeld(totalNanos, time.toNanos()); // a stored absurd instant must not overflow the mean
                if (time.compareTo(AnswerTimeTarget.SHARE_THRESHOLD) > 0) {
                    after15++;
                }
                if (time.compareTo(AnswerTimeTarget.LONGEST_LIMIT) > 0) {
                    after30++;
                }
            } else if (call.state() == CallState.ABANDONED) {
                abandoned++;
            } else {
                waiting++;
            }
            Duration wait = call.waitAt(now);
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        Duration mean = answered == 0 ? null : Duration.ofNanos(totalNanos / answered);
        Double share15 = answered == 0 ? null : after15 / (double) answered;
        Double share30 = answered == 0 ? null : after30 / (double) answered;
        List<TargetResult> targets = List.of(
                meanTarget(mean),
                shareTarget(answered, after15),
                longestTarget(count, longest));
        return new AnswerTimeReport(from, to, count, answered, abandoned, waiting, mean, after15, after30, share15,
                share30, longest, targets);
    }

    private static TargetResult meanTarget(Duration mean) {
        if (mean == null) {
            return new TargetResult(AnswerTimeTarget.MEAN_AT_MOST_8_S, Verdict.NO_CALLS, "no call answered in the period");
        }
        boolean met = mean.compareTo(AnswerTimeTarget.MEAN_LIMIT) <= 0;
        return new TargetResult(AnswerTimeTarget.MEAN_AT_MOST_8_S, met ? Verdict.MET : Verdict.MISSED,
                "mean answer time " + seconds(mean) + " s, target at most 8 s");
    }

    private static TargetResult shareTarget(int answered, int after15) {
        if (answered == 0) {
            return new TargetResult(AnswerTimeTarget.AT_MOST_8_PERCENT_AFTER_15_S, Verdict.NO_CALLS,
                    "no call answered in the period");
        }
        boolean met = after15 * 100L <= (long) AnswerTimeTarget.SHARE_LIMIT_PERCENT * answered;
        return new TargetResult(AnswerTimeTarget.AT_MOST_8_PERCENT_AFTER_15_S, met ? Verdict.MET : Verdict.MISSED,
                after15 + " of " + answered + " answered after more than 15 s ("
                        + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * after15 / answered) + " %), target at most 8 %");
    }

    private static TargetResult longestTarget(int calls, Duration longest) {
        if (calls == 0) {
            return new TargetResult(AnswerTimeTarget.NOBODY_OVER_30_S, Verdict.NO_CALLS, "no call in the period");
        }
        boolean met = longest.compareTo(AnswerTimeTarget.LONGEST_LIMIT) <= 0;
        return new TargetResult(AnswerTimeTarget.NOBODY_OVER_30_S, met ? Verdict.MET : Verdict.MISSED,
                "longest wait " + seconds(longest) + " s, target nobody over 30 s");
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", Elapsed.seconds(duration));
    }

    private static long addHeld(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }
}
