package se.larmcentral.bench.failover;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.bench.Percentiles;
import se.larmcentral.bench.journal.BenchEvent;
import se.larmcentral.bench.journal.BenchState;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./larm bench failover [cycles]}: the database's own failover (journal/README.md). Per cycle, on the pair of
 * {@code scripts/ensure-postgres-replica}: a command loop writes continuously on a multi-host URL, the primary is
 * killed ({@code stop -m immediate}), the replica promoted, and the time from the primary's death to the first command
 * written after it is measured, with the acknowledged commands missing afterwards (must be 0); then the pair is
 * restored first. The baseline is the promotion itself: no client can write before a primary exists, so the time
 * after it is the centre's own share (driver reconnect, writer lock, rebuilding the state). Needs root (it stops and
 * promotes clusters). Default 5 cycles.
 */
public final class Run {

    private static final Actor BENCH = Actor.person("bench");
    private static final String PRIMARY_PORT = env("LARM_TEST_PG_PRIMARY_PORT", "5433");
    private static final String REPLICA_PORT = env("LARM_TEST_PG_REPLICA_PORT", "5434");
    private static final String DB = env("LARM_TEST_PG_DB", "larm_test");
    private static final String USER = env("LARM_TEST_PG_USER", "larm");
    private static final String PASSWORD = env("LARM_TEST_PG_PASSWORD", "larm");
    private static final String VERSION = env("LARM_TEST_PG_VERSION", "15");

    /** Times in nanoseconds. */
    private record Cycle(long promote, long firstWrite, long acknowledged, long lost) {
        @Override
        public String toString() {
            return String.format("promoted after %d ms, first write after %d ms, %d acknowledged, %d lost",
                    promote / 1_000_000, firstWrite / 1_000_000, acknowledged, lost);
        }
    }

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String url = "jdbc:postgresql://localhost:" + PRIMARY_PORT + ",localhost:" + REPLICA_PORT + "/" + DB
                + "?targetServerType=primary";
        List<Cycle> all = new ArrayList<>();
        try {
            for (int i = 1; i <= cycles; i++) {
                all.add(cycle(url));
                System.out.println("cycle " + i + ": " + all.getLast());
            }
        } finally {
            run(List.of("scripts/ensure-postgres-replica"), 300); // the pair as the tests expect it
        }
        Percentiles promote = new Percentiles(all.stream().mapToLong(Cycle::promote).toArray());
        Percentiles first = new Percentiles(all.stream().mapToLong(Cycle::firstWrite).toArray());
        Percentiles centre = new Percentiles(all.stream().mapToLong(c -> c.firstWrite() - c.promote()).toArray());
        System.out.println();
        System.out.println("| from the primary's death (ms) | p50 | max |");
        System.out.println("|---|---|---|");
        System.out.printf("| replica promoted (baseline: no client can write before) | %.0f | %.0f |%n",
                promote.millis(0.5), promote.millis(1));
        System.out.printf("| first command written by the centre | %.0f | %.0f |%n", first.millis(0.5), first.millis(1));
        System.out.printf("| of which after the promotion (the centre's own share) | %.0f | %.0f |%n",
                centre.millis(0.5), centre.millis(1));
        System.out.printf("%n%d cycles, %d commands acknowledged, %d acknowledged commands lost; first write p50 %.1fx"
                        + " the promotion's%n", all.size(), all.stream().mapToLong(Cycle::acknowledged).sum(),
                all.stream().mapToLong(Cycle::lost).sum(), first.millis(0.5) / Math.max(1, promote.millis(0.5)));
    }

    private static Cycle cycle(String url) throws Exception {
        run(List.of("scripts/ensure-postgres-replica"), 300);
        JournalSettings settings = new JournalSettings(url, USER, PASSWORD,
                "bench_" + UUID.randomUUID().toString().replace("-", ""), 512, Duration.ofSeconds(2));
        AtomicLong highestAcknowledged = new AtomicLong();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong deadAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong firstWrite = new AtomicLong(-1);
        long promote;
        try (JournalDatabase db = JournalDatabase.open(settings);
             var loop = new CommandLoop<>(new JdbcJournal(db), codec(), BenchState::new, Clock.systemUTC(),
                     new SimpleMeterRegistry(), 512).start()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = Thread.ofPlatform().name("failover-writer").start(() -> {
                for (long i = 0; writing.get(); i++) {
                    long submitted = System.nanoTime();
                    try {
                        long position = loop.execute(BENCH, BenchState.report(1, i), Duration.ofSeconds(15));
                        acknowledged.incrementAndGet();
                        highestAcknowledged.accumulateAndGet(position, Math::max);
                        if (submitted > deadAt.get()) {
                            firstWrite.compareAndSet(-1, System.nanoTime() - deadAt.get());
                        }
                    } catch (RuntimeException e) {
                        pause();
                    }
                }
            });
            waitFor(() -> acknowledged.get() >= 100, 30);
            run(List.of("pg_ctlcluster", VERSION, "larm-primary", "stop", "-m", "immediate"), 60);
            deadAt.set(System.nanoTime());
            run(List.of("pg_ctlcluster", VERSION, "larm-replica", "promote"), 60);
            promote = System.nanoTime() - deadAt.get();
            waitFor(() -> firstWrite.get() >= 0, 120);
            long then = acknowledged.get();
            waitFor(() -> acknowledged.get() >= then + 50, 30);
            writing.set(false);
            writer.join();
        }
        long recorded;
        try (JdbcJournal journal = new JdbcJournal(JournalDatabase.open(settings))) {
            recorded = journal.lastSequence(); // read on the new primary
        }
        // Each command records one event and answers its position: every position up to the highest acknowledged
        // must be there.
        return new Cycle(promote, firstWrite.get(), acknowledged.get(),
                Math.max(0, highestAcknowledged.get() - recorded));
    }

    private static EventCodec codec() {
        return new EventCodec().register(BenchEvent.class);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nothing written within " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (needs root and Debian's PostgreSQL):\n"
                    + output);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
