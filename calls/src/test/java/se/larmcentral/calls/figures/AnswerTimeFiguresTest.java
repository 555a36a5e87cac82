package se.larmcentral.calls.figures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallEvent.CallAbandoned;
import se.larmcentral.calls.CallEvent.CallAnswered;
import se.larmcentral.calls.CallEvent.CallQueued;
import se.larmcentral.calls.CallsState;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.figures.TargetResult.Verdict;
import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainEvent;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.Recorded;
import se.larmcentral.core.ServiceNumber;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.larmcentral.calls.figures.AnswerTimeTarget.AT_MOST_8_PERCENT_AFTER_15_S;
import static se.larmcentral.calls.figures.AnswerTimeTarget.MEAN_AT_MOST_8_S;
import static se.larmcentral.calls.figures.AnswerTimeTarget.NOBODY_OVER_30_S;

class AnswerTimeFiguresTest {

    static final DialledLine LINE_112 = DialledLine.service(ServiceNumber.EMERGENCY_112);

    final CallsState state = new CallsState();
    long sequence;

    private void record(DomainEvent event, Instant at) {
        state.apply(new Recorded(++sequence, at, Actor.SYSTEM, event));
    }

    private void answered(String id, Instant queued, double seconds) {
        record(new CallQueued(id, LINE_112, null, queued, queued), queued);
        Instant at = queued.plusMillis(Math.round(seconds * 1000));
        record(new CallAnswered(id, at), at);
    }

    private void abandoned(String id, Instant queued, double seconds) {
        record(new CallQueued(id, LINE_112, null, queued, queued), queued);
        Instant at = queued.plusMillis(Math.round(seconds * 1000));
        record(new CallAbandoned(id, at), at);
    }

    private void waiting(String id, Instant queued) {
        record(new CallQueued(id, LINE_112, null, queued, queued), queued);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void figuresOfAConstructedHourComputedByHand() {
        answered("a", at("2025-03-10T10:00:00Z"), 4);
        answered("b", at("2025-03-10T10:01:00Z"), 6);
        answered("c", at("2025-03-10T10:02:00Z"), 20);
        answered("d", at("2025-03-10T10:03:00Z"), 10);
        abandoned("e", at("2025-03-10T10:04:00Z"), 35);
        waiting("f", at("2025-03-10T10:59:50Z"));
        waiting("g", at("2025-03-10T11:00:00Z"));
        answered("h", at("2025-03-10T09:59:59Z"), 50);

        AnswerTimeReport report = AnswerTimeFigures.forPeriod(state.calls(), at("2025-03-10T10:00:00Z"),
                at("2025-03-10T11:00:00Z"), at("2025-03-10T11:00:00Z"));

        // answered 4, 6, 20, 10 s: mean 40 / 4 = 10 s; one of four after 15 s; longest wait the abandoned 35 s
        assertThat(report.calls()).isEqualTo(6);
        assertThat(report.answered()).isEqualTo(4);
        assertThat(report.abandoned()).isEqualTo(1);
        assertThat(report.waiting()).isEqualTo(1);
        assertThat(report.meanAnswerTime()).isEqualTo(Duration.ofSeconds(10));
        assertThat(report.answeredAfter15s()).isEqualTo(1);
        assertThat(report.answeredAfter30s()).isZero();
        assertThat(report.shareAfter15s()).isEqualTo(0.25);
        assertThat(report.shareAfter30s()).isEqualTo(0.0);
        assertThat(report.longestWait()).isEqualTo(Duration.ofSeconds(35));
        assertThat(report.targets()).extracting(TargetResult::verdict)
                .containsExactly(Verdict.MISSED, Verdict.MISSED, Verdict.MISSED);
        assertThat(report.target(MEAN_AT_MOST_8_S).explanation()).isEqualTo("mean answer time 10.0 s, target at most 8 s");
        assertThat(report.target(AT_MOST_8_PERCENT_AFTER_15_S).explanation())
                .isEqualTo("1 of 4 answered after more than 15 s (25.0 %), target at most 8 %");
        assertThat(report.target(NOBODY_OVER_30_S).explanation()).isEqualTo("longest wait 35.0 s, target nobody over 30 s");
        assertThat(report.allMet()).isFalse();
    }

    @Test
    void targetsAreMetExactlyAtTheirLimits() {
        Instant start = at("2025-05-05T12:00:00Z");
        // 23 calls at 7 s and 2 at 19.5 s: mean (161 + 39) / 25 = 8 s; 2 of 25 = 8 % after 15 s
        for (int i = 0; i < 23; i++) {
            answered("fast" + i, start.plusSeconds(60L * i), 7);
        }
        answered("slow1", start.plusSeconds(2000), 19.5);
        answered("slow2", start.plusSeconds(2100), 19.5);
        AnswerTimeReport report = AnswerTimeFigures.forPeriod(state.calls(), start, start.plusSeconds(3600),
                start.plusSeconds(3600));
        assertThat(report.meanAnswerTime()).isEqualTo(Duration.ofSeconds(8));
        assertThat(report.shareAfter15s()).isEqualTo(0.08);
        assertThat(report.targets()).extracting(TargetResult::verdict)
                .containsExactly(Verdict.MET, Verdict.MET, Verdict.MET);
        assertThat(report.allMet()).isTrue();

        answered("late", start.plusSeconds(2200), 7);
        answered("later", start.plusSeconds(2300), 19.5);
        // 3 of 27 after 15 s = 11.1 %; mean (168 + 58.5) / 27 = 8.388... s
        AnswerTimeReport worse = AnswerTimeFigures.forPeriod(state.calls(), start, start.plusSeconds(3600),
                start.plusSeconds(3600));
        assertThat(worse.target(AT_MOST_8_PERCENT_AFTER_15_S).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(worse.target(MEAN_AT_MOST_8_S).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(worse.meanAnswerTime()).isEqualTo(Duration.ofNanos(226_500_000_000L / 27));
    }

    @Test
    void fifteenSecondsIsNotAfterFifteenAndThirtySecondsOfWaitingIsWithinTarget() {
        Instant start = at("2025-05-05T12:00:00Z");
        answered("exact15", start, 15);
        waiting("waits", start.plusSeconds(100));
        AnswerTimeReport report = AnswerTimeFigures.forPeriod(state.calls(), start, start.plusSeconds(3600),
                start.plusSeconds(130));
        assertThat(report.answeredAfter15s()).isZero();
        assertThat(report.longestWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(report.target(NOBODY_OVER_30_S).verdict()).isEqualTo(Verdict.MET);
        AnswerTimeReport later = AnswerTimeFigures.forPeriod(state.calls(), start, start.plusSeconds(3600),
                start.plusMillis(130_001));
        assertThat(later.target(NOBODY_OVER_30_S).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(later.longestWait()).isEqualTo(Duration.ofMillis(30_001));
    }

    @Test
    void aPeriodWithoutCallsHasNothingToJudge() {
        AnswerTimeReport report = AnswerTimeFigures.forPeriod(state.calls(), at("2025-01-01T00:00:00Z"),
                at("2025-01-01T01:00:00Z"), at("2025-01-01T01:00:00Z"));
        assertThat(report.calls()).isZero();
        assertThat(report.meanAnswerTime()).isNull();
        assertThat(report.shareAfter15s()).isNull();
        assertThat(report.longestWait()).isEqualTo(Duration.ZERO);
        assertThat(report.targets()).extracting(TargetResult::verdict).containsOnly(Verdict.NO_CALLS);
        assertThat(report.allMet()).isTrue();
        assertThatThrownBy(() -> AnswerTimeFigures.forPeriod(state.calls(), at("2025-01-01T01:00:00Z"),
                at("2025-01-01T01:00:00Z"), at("2025-01-01T01:00:00Z"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void liveFiguresCoverTheLastHour() {
        Instant now = at("2025-03-10T12:00:00Z");
        answered("old", now.minus(Duration.ofMinutes(61)), 25);
        answered("recent", now.minus(Duration.ofMinutes(59)), 3);
        waiting("queued", now.minusSeconds(12));
        AnswerTimeReport live = AnswerTimeFigures.live(state.calls(), now);
        assertThat(live.calls()).isEqualTo(2);
        assertThat(live.meanAnswerTime()).isEqualTo(Duration.ofSeconds(3));
        assertThat(live.longestWait()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void hoursAndDaysFollowSwedishTimeAcrossMidnight() {
        // 2025-03-10 starts at 2025-03-09T23:00Z (CET, +01:00)
        answered("before-midnight", at("2025-03-09T22:59:59Z"), 5);
        answered("after-midnight", at("2025-03-09T23:30:00Z"), 9);
        Instant now = at("2025-03-11T00:00:00Z");
        List<AnswerTimeReport> hours = AnswerTimeFigures.perHour(state.calls(), LocalDate.parse("2025-03-10"), now);
        assertThat(hours).hasSize(24);
        assertThat(hours.getFirst().localStart()).isEqualTo(ZonedDateTime.parse("2025-03-10T00:00+01:00[Europe/Stockholm]"));
        assertThat(hours.getFirst().calls()).isEqualTo(1);
        assertThat(hours.getFirst().meanAnswerTime()).isEqualTo(Duration.ofSeconds(9));
        assertThat(hours.stream().mapToInt(AnswerTimeReport::calls).sum()).isEqualTo(1);

        List<AnswerTimeReport> previous = AnswerTimeFigures.perHour(state.calls(), LocalDate.parse("2025-03-09"), now);
        assertThat(previous.getLast().calls()).isEqualTo(1);
        assertThat(previous.getLast().localStart().getHour()).isEqualTo(23);

        List<AnswerTimeReport> days = AnswerTimeFigures.perDay(state.calls(), LocalDate.parse("2025-03-09"),
                LocalDate.parse("2025-03-10"), now);
        assertThat(days).extracting(AnswerTimeReport::calls).containsExactly(1, 1);
        assertThat(days).extracting(AnswerTimeReport::meanAnswerTime)
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(9));
    }

    @Test
    void daylightSavingDaysHave23And25Hours() {
        Instant now = at("2025-11-01T00:00:00Z");
        assertThat(AnswerTimeFigures.perHour(state.calls(), LocalDate.parse("2025-03-30"), now)).hasSize(23);
        answered("first-0230", at("2025-10-26T00:30:00Z"), 4);
        answered("second-0230", at("2025-10-26T01:30:00Z"), 6);
        List<AnswerTimeReport> hours = AnswerTimeFigures.perHour(state.calls(), LocalDate.parse("2025-10-26"), now);
        assertThat(hours).hasSize(25);
        assertThat(hours.get(2).localStart()).isEqualTo(ZonedDateTime.parse("2025-10-26T02:00+02:00[Europe/Stockholm]"));
        assertThat(hours.get(3).localStart()).isEqualTo(ZonedDateTime.parse("2025-10-26T02:00+01:00[Europe/Stockholm]"));
        assertThat(hours.get(2).meanAnswerTime()).isEqualTo(Duration.ofSeconds(4));
        assertThat(hours.get(3).meanAnswerTime()).isEqualTo(Duration.ofSeconds(6));
        assertThat(hours.getLast().to()).isEqualTo(at("2025-10-26T23:00:00Z"));
    }

    @Test
    void onlyThe112CallsAreJudgedWhenAsked() {
        Instant start = at("2025-05-05T12:00:00Z");
        answered("on112", start, 5);
        record(new CallQueued("on11313", DialledLine.service(ServiceNumber.CRISIS_INFORMATION_113_13), null, start, start), start);
        assertThat(AnswerTimeFigures.on112(state.calls())).extracting(Call::id).containsExactly("on112");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 2025, 4711, 80808})
    void hourlyFiguresPartitionTheDaysFigures(long seed) {
        Random random = new Random(seed);
        Instant dayStart = at("2025-10-25T22:00:00Z"); // 2025-10-26 00:00 local, a 25-hour day
        Instant now = dayStart.plus(Duration.ofHours(26));
        long longestMillis = 0;
        for (int i = 0; i < 300; i++) {
            Instant queued = dayStart.plusMillis((long) (random.nextDouble() * 25 * 3600 * 1000));
            double seconds = random.nextDouble() * 45;
            switch (random.nextInt(10)) {
                case 0 -> abandoned("x" + i, queued, seconds);
                case 1 -> waiting("x" + i, queued);
                default -> answered("x" + i, queued, seconds);
            }
        }
        List<AnswerTimeReport> hours = AnswerTimeFigures.perHour(state.calls(), LocalDate.parse("2025-10-26"), now);
        AnswerTimeReport day = AnswerTimeFigures.perDay(state.calls(), LocalDate.parse("2025-10-26"),
                LocalDate.parse("2025-10-26"), now).getFirst();
        assertThat(day.calls()).isEqualTo(300);
        assertThat(hours.stream().mapToInt(AnswerTimeReport::calls).sum()).isEqualTo(day.calls());
        assertThat(hours.stream().mapToInt(AnswerTimeReport::answered).sum()).isEqualTo(day.answered());
        assertThat(hours.stream().mapToInt(AnswerTimeReport::abandoned).sum()).isEqualTo(day.abandoned());
        assertThat(hours.stream().mapToInt(AnswerTimeReport::answeredAfter15s).sum()).isEqualTo(day.answeredAfter15s());
        assertThat(hours.stream().map(AnswerTimeReport::longestWait).max(Duration::compareTo)).contains(day.longestWait());
        assertThat(day.answered() + day.abandoned() + day.waiting()).isEqualTo(day.calls());
        long totalNanos = hours.stream().filter(h -> h.answered() > 0)
                .mapToLong(h -> h.meanAnswerTime().toNanos() * h.answered()).sum();
        assertThat(Math.abs(totalNanos / day.answered() - day.meanAnswerTime().toNanos())).isLessThan(1_000_000L);
        for (Call call : state.calls()) {
            longestMillis = Math.max(longestMillis, call.waitAt(now).toMillis());
        }
        assertThat(day.longestWait().toMillis()).isEqualTo(longestMillis);
    }
}
