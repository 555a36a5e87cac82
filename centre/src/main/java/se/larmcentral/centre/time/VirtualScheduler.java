package se.larmcentral.centre.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * Virtual time for a simulation: nothing runs until {@link #advanceTo} or {@link #advanceBy} moves the clock,
 * and then every task due by then runs in order of its due instant, on the caller's thread, with the clock set
 * to that instant. A simulated day takes as long as its work, not a day.
 */
public final class VirtualScheduler implements Scheduler {

    private final MovableClock clock;
    private final PriorityQueue<Planned> queue = new PriorityQueue<>();
    private long order;
    private boolean closed;

    public VirtualScheduler(Instant start) {
        this.clock = new MovableClock(start, ZoneOffset.UTC);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public synchronized Scheduled once(Duration delay, String name, Runnable task) {
        Planned planned = new Planned(clock.instant().plus(delay), order++, name, task, null);
        queue.add(planned);
        return () -> planned.cancelled = true;
    }

    @Override
    public synchronized Scheduled every(Duration initialDelay, Duration period, String name, Runnable task) {
        Planned planned = new Planned(clock.instant().plus(initialDelay), order++, name, task, period);
        queue.add(planned);
        return () -> planned.cancelled = true;
    }

    /** Runs every task due up to {@code end}, in order, then leaves the clock at {@code end}. */
    public void advanceTo(Instant end) {
        while (true) {
            Planned next;
            synchronized (this) {
                next = queue.peek();
                if (closed || next == null || next.due.isAfter(end)) {
                    break;
                }
                queue.poll();
                if (next.due.isAfter(clock.instant())) {
                    clock.set(next.due);
                }
            }
            if (!next.cancelled) {
                WallClockScheduler.runLogged(next.name, next.task);
                if (next.period != null && !next.cancelled) {
                    synchronized (this) {
                        queue.add(new Planned(clock.instant().plus(next.period), order++, next.name, next.task,
                                next.period));
                    }
                }
            }
        }
        synchronized (this) {
            if (end.isAfter(clock.instant())) {
                clock.set(end);
            }
        }
    }

    public void advanceBy(Duration duration) {
        advanceTo(clock.instant().plus(duration));
    }

    @Override
    public synchronized void close() {
        closed = true;
        queue.clear();
    }

    private static final class Planned implements Comparable<Planned> {
        final Instant due;
        final long order;
        final String name;
        final Runnable task;
        final Duration period;
        volatile boolean cancelled;

        Planned(Instant due, long order, String name, Runnable task, Duration period) {
            this.due = due;
            this.order = order;
            this.name = name;
            this.task = task;
            this.period = period;
        }

        @Override
        public int compareTo(Planned other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }

    /** A clock only the scheduler moves, and only forward. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same moving instant, read in another zone. */
        @Override
        public Clock withZone(ZoneId other) {
            MovableClock source = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return other;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return source.withZone(zone);
                }

                @Override
                public Instant instant() {
                    return source.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
