package se.larmcentral.geo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A download body that is closed when no byte has arrived for the read timeout, so a blocked read returns instead
 * of hanging. {@link #stalled()} tells afterwards whether the watchdog closed it (the read then looks like the end
 * of the stream, so the caller must check). Checks four times per timeout on a daemon thread of its own.
 */
final class StallWatchdog extends InputStream {

    private final InputStream body;
    private final long timeoutNanos;
    private final ScheduledExecutorService watcher;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean stalled;

    StallWatchdog(InputStream body, Duration timeout) {
        this.body = body;
        this.timeoutNanos = timeout.toNanos();
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform()
                .name("extract-download-watchdog").daemon(true).unstarted(r));
        long period = Math.max(1, timeoutNanos / 4);
        watcher.scheduleAtFixedRate(this::check, period, period, TimeUnit.NANOSECONDS);
    }

    boolean stalled() {
        return stalled;
    }

    private void check() {
        if (System.nanoTime() - lastProgress > timeoutNanos) {
            stalled = true;
            watcher.shutdown();
            try {
                body.close();
            } catch (IOException ignored) {
                // the read that is blocked ends either way
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (stalled) {
            return -1;
        }
        int read;
        try {
            read = body.read(buffer, offset, length);
        } catch (IOException e) {
            if (stalled) {
                return -1;
            }
            throw e;
        }
        lastProgress = System.nanoTime();
        return stalled ? -1 : read;
    }

    @Override
    public void close() throws IOException {
        watcher.shutdownNow();
        body.close();
    }
}
