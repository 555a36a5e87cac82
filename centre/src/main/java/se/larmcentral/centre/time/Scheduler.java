package se.larmcentral.centre.time;

import java.time.Clock;
import java.time.Duration;

/**
 * Where the centre's background work runs and what time it is there. The server runs it on wall time
 * ({@link WallClockScheduler}); a simulation runs the same code on virtual time ({@link VirtualScheduler}), a
 * day in seconds. Nothing in the centre reads the system clock or starts a thread of its own for timed work.
 */
public interface Scheduler extends AutoCloseable {

    /** The clock every decision and every recorded instant uses. */
    Clock clock();

    /** Runs {@code task} once, {@code delay} from now. */
    Scheduled once(Duration delay, String name, Runnable task);

    /**
     * Runs {@code task} after {@code initialDelay}, then again {@code period} after each run ends. A run that throws
     * is logged and does not stop the next ones.
     */
    Scheduled every(Duration initialDelay, Duration period, String name, Runnable task);

    /** Stops every task; a run in progress finishes. */
    @Override
    void close();

    /** A planned task, cancellable. */
    interface Scheduled {
        void cancel();
    }
}
