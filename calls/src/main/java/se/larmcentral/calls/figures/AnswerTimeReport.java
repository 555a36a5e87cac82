package se.larmcentral.calls.figures;

import se.larmcentral.core.SwedishTime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Answer-time figures (svarstider) of the calls that entered the queue in {@code [from, to)}.
 *
 * @param calls             calls that entered the queue in the period
 * @param answered          of those, answered
 * @param abandoned         of those, abandoned while queued
 * @param waiting           of those, still queued at the instant the figures were made
 * @param meanAnswerTime    mean of answered − queued over the answered calls; null when none was answered
 * @param answeredAfter15s  answered calls with an answer time of more than 15 s
 * @param answeredAfter30s  answered calls with an answer time of more than 30 s
 * @param shareAfter15s     answeredAfter15s / answered (0-1); null when none was answered
 * @param shareAfter30s     answeredAfter30s / answered (0-1); null when none was answered
 * @param longestWait       longest wait of any caller: answered, abandoned or still waiting; zero without calls
 * @param targets           each target with its verdict
 */
public record AnswerTimeReport(Instant from, Instant to, int calls, int answered, int abandoned, int waiting,
                               Duration meanAnswerTime, int answeredAfter15s, int answeredAfter30s,
                               Double shareAfter15s, Double shareAfter30s, Duration longestWait,
                               List<TargetResult> targets) {

    public AnswerTimeReport {
        targets = List.copyOf(targets);
    }

    /** The start of the period in Swedish local time (with its offset, so the two 02:00 hours of October differ). */
    public ZonedDateTime localStart() {
        return from.atZone(SwedishTime.ZONE);
    }

    public TargetResult target(AnswerTimeTarget target) {
        return targets.stream().filter(t -> t.target() == target).findFirst().orElseThrow();
    }

    /** Whether every target with calls to judge was met. */
    public boolean allMet() {
        return targets.stream().noneMatch(t -> t.verdict() == TargetResult.Verdict.MISSED);
    }
}
