package se.larmcentral.centre.time;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Background work on wall time: one daemon thread, {@code centre-timers}, for every task of the centre. */
public final class WallClockScheduler implements Scheduler {

    private static final Logger LOG = LoggerFactory.getLogger(WallClockScheduler.class);

    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
            r -> Thread.ofPlatform().name("centre-timers").daemon(true).unstarted(r));

    public WallClockScheduler(Clock clock) {
        this.clock = clock;
        // A stop drops what is planned; it never interrupts a run, which may be inside H2's file I/O.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Scheduled once(Duration delay, String name, Runnable task) {
        var future = executor.schedule(() -> runLogged(name, task), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public Scheduled every(Duration initialDelay, Duration period, String name, Runnable task) {
        var future = executor.scheduleWithFixedDelay(() -> runLogged(name, task), initialDelay.toMillis(),
                period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    static void runLogged(String name, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("{}: {}", name, e.getMessage(), e);
        }
    }

    /** Cancels what is planned and waits for a run in progress; it is not interrupted (it may be inside H2). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("a centre timer task did not finish within 10 s of the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
