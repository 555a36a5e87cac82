package se.larmcentral.alarms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.core.Actor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The transmitters' supervision (linjeövervakning): every {@code period} on the centre's scheduler it records a
 * fault for each supervised account silent past its interval ({@link CheckSupervision}). The fault is cleared by
 * the account's next message ({@link ReceiveAlarmMessage}). An unavailable journal is logged; the next tick tries again.
 */
public final class Supervision {

    public static final Actor ACTOR = new Actor("alarm-supervision", Actor.Kind.SYSTEM);

    private static final Logger LOG = LoggerFactory.getLogger(Supervision.class);

    private final CommandSubmitter centre;
    private final Map<String, Duration> intervals;
    private final Instant since;

    /** @param centre the centre acting as {@link #ACTOR}; {@code since}: when supervision began */
    public Supervision(CommandSubmitter centre, Map<String, Duration> intervals, Instant since) {
        this.centre = centre;
        this.intervals = Map.copyOf(intervals);
        this.since = since;
    }

    /** Ticks every {@code period}; it stops with the scheduler or the returned task's cancel. */
    public Scheduler.Scheduled start(Scheduler scheduler, Duration period) {
        return scheduler.every(period, period, "alarm supervision", this::tickLogged);
    }

    /** The tick period for these intervals: a tenth of the shortest, between 1 and 60 seconds. */
    public static Duration periodFor(Map<String, Duration> intervals) {
        Duration shortest = intervals.values().stream().min(Duration::compareTo).orElse(Duration.ofMinutes(10));
        long seconds = Math.max(1, Math.min(60, shortest.toSeconds() / 10));
        return Duration.ofSeconds(seconds);
    }

    /** One tick: the accounts found silent now. */
    public List<String> tick() {
        if (intervals.isEmpty()) {
            return List.of();
        }
        List<String> silent = centre.execute(new CheckSupervision(intervals, since));
        if (!silent.isEmpty()) {
            LOG.warn("alarm transmitters silent past their supervision interval: {}", silent);
        }
        return silent;
    }

    private void tickLogged() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("alarm supervision not checked: {}", e.getMessage());
        }
    }
}
