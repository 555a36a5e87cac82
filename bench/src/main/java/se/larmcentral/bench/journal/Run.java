package se.larmcentral.bench.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.bench.Percentiles;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.ReadVisibility;
import se.larmcentral.journal.StoredEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code ./larm bench journal}: durable commands per second and latency with 1, 8 and 64 concurrent submitters,
 * on H2 (file) and PostgreSQL, each beside the naive baseline measured in the same run: every command does its
 * own JDBC insert and commit on a pooled connection. Then read latency while 64 submitters write, for the loop as
 * it is (reads never wait for a commit) beside today's baseline measured in the same run (the writer holding the
 * read/write lock through each commit, {@link ReadVisibility#LOCKED_THROUGH_COMMIT}). Then replay speed at start-up.
 * Arguments: {@code [seconds-per-run] [h2|postgresql|all] [submitters,...] [throughput,reads,replay]}
 * (defaults 5, all, 1,8,64, all three parts).
 */
public final class Run {

    private static final int[] SUBMITTERS = {1, 8, 64};
    private static final Actor ACTOR = Actor.person("bench");

    private Run() {
    }

    record Result(double perSecond, Percentiles latency) {
    }

    public static void main(String[] args) throws Exception {
        Duration runTime = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
        List<String> databases = args.length > 1 && !args[1].equals("all") ? List.of(args[1]) : List.of("h2", "postgresql");
        int[] submitterCounts = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray() : SUBMITTERS;
        Set<String> parts = args.length > 3 ? Set.of(args[3].split(",")) : Set.of("throughput", "reads", "replay");
        Path h2Dir = Files.createTempDirectory("larm-bench-journal");
        if (parts.contains("throughput")) {
            throughput(databases, submitterCounts, runTime, h2Dir);
        }
        if (parts.contains("reads")) {
            readsWhileWriting(databases, runTime, h2Dir);
        }
        if (parts.contains("replay")) {
            for (String database : databases) {
                replay(settings(database, h2Dir, "replay"), 250_000);
            }
        }
    }

    private static void throughput(List<String> databases, int[] submitterCounts, Duration runTime, Path h2Dir)
            throws Exception {
        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-10s %4s | %10s %7s %7s | %10s %7s %7s %6s | %10s %7s %7s %6s",
                "database", "subm", "loop cmd/s", "p50 ms", "p99 ms", "naive-1w/s", "p50 ms", "p99 ms", "ratio",
                "pooled/s", "p50 ms", "p99 ms", "ratio"));
        for (String database : databases) {
            for (int submitters : submitterCounts) {
                JournalSettings settings = settings(database, h2Dir, "loop" + submitters);
                Result loop = measureLoop(settings, submitters, runTime);
                Result naive = measureLoop(settings(database, h2Dir, "single" + submitters).withMaxBatch(1),
                        submitters, runTime);
                Result pooled = measurePooled(settings(database, h2Dir, "pooled" + submitters), submitters, runTime);
                String row = String.format(Locale.ROOT,
                        "%-10s %4d | %10.0f %7.2f %7.2f | %10.0f %7.2f %7.2f %5.1fx | %10.0f %7.2f %7.2f %5.1fx",
                        database, submitters, loop.perSecond, loop.latency.millis(0.5), loop.latency.millis(0.99),
                        naive.perSecond, naive.latency.millis(0.5), naive.latency.millis(0.99),
                        loop.perSecond / naive.perSecond,
                        pooled.perSecond, pooled.latency.millis(0.5), pooled.latency.millis(0.99),
                        loop.perSecond / pooled.perSecond);
                System.out.println(row);
                table.add(row);
            }
        }
        System.out.println();
        System.out.println("Durable commands per second, latency submit-to-acknowledgement; ratio = loop / naive throughput.");
        System.out.println("naive-1w = the same single writer with one INSERT + COMMIT per command (no group commit):");
        System.out.println("  what a naive implementation of this design does; the ratio is the group-commit gain.");
        System.out.println("pooled = each submitter INSERTs + COMMITs its own command on a pool of min(submitters, 16)");
        System.out.println("  connections: no single order, no validation against state; shown for the database's own");
        System.out.println("  commit grouping, not a design the product could use.");
        table.forEach(System.out::println);
        System.out.println();
    }

    private static final int READ_SUBMITTERS = 64;
    private static final long READ_PAUSE_NANOS = 200_000;

    record ReadResult(double writesPerSecond, long[] readNanos) {
        Percentiles reads() {
            return new Percentiles(readNanos);
        }

        /** Two runs of equal length as one: mean throughput, every read sample. */
        ReadResult with(ReadResult other) {
            long[] both = java.util.Arrays.copyOf(readNanos, readNanos.length + other.readNanos.length);
            System.arraycopy(other.readNanos, 0, both, readNanos.length, other.readNanos.length);
            return new ReadResult((writesPerSecond + other.writesPerSecond) / 2, both);
        }
    }

    /**
     * {@value #READ_SUBMITTERS} submitters write flat out while one reader queries the state (a counter) every
     * {@value #READ_PAUSE_NANOS} ns; the loop as it is and the baseline, twice each, on fresh journals.
     */
    private static void readsWhileWriting(List<String> databases, Duration runTime, Path h2Dir) throws Exception {
        List<String> table = new ArrayList<>();
        table.add(String.format(Locale.ROOT, "%-10s %-22s | %10s | %8s %8s %8s %8s",
                "database", "reads", "write/s", "p50 ms", "p99 ms", "p999 ms", "reads"));
        for (String database : databases) {
            // in the order new, baseline, baseline, new: neither gains from running later (JIT, a warmer database)
            ReadResult afterCommit1 = measureReads(settings(database, h2Dir, "reads"), ReadVisibility.AFTER_COMMIT, runTime);
            ReadResult baseline1 = measureReads(settings(database, h2Dir, "readsbase"),
                    ReadVisibility.LOCKED_THROUGH_COMMIT, runTime);
            ReadResult baseline2 = measureReads(settings(database, h2Dir, "readsbase"),
                    ReadVisibility.LOCKED_THROUGH_COMMIT, runTime);
            ReadResult afterCommit2 = measureReads(settings(database, h2Dir, "reads"), ReadVisibility.AFTER_COMMIT, runTime);
            ReadResult afterCommit = afterCommit1.with(afterCommit2);
            ReadResult baseline = baseline1.with(baseline2);
            for (var row : List.of(Map.entry("after commit (new)", afterCommit),
                    Map.entry("locked through commit", baseline))) {
                ReadResult r = row.getValue();
                Percentiles reads = r.reads();
                String line = String.format(Locale.ROOT, "%-10s %-22s | %10.0f | %8.3f %8.3f %8.3f %8d", database,
                        row.getKey(), r.writesPerSecond, reads.millis(0.5), reads.millis(0.99), reads.millis(0.999),
                        reads.count());
                System.out.println(line);
                table.add(line);
            }
            String ratio = String.format(Locale.ROOT, "%-10s %-22s | %9.2fx | %7.1fx %7.1fx %7.1fx", database,
                    "ratio baseline/new", afterCommit.writesPerSecond / baseline.writesPerSecond,
                    baseline.reads().millis(0.5) / afterCommit.reads().millis(0.5),
                    baseline.reads().millis(0.99) / afterCommit.reads().millis(0.99),
                    baseline.reads().millis(0.999) / afterCommit.reads().millis(0.999));
            System.out.println(ratio);
            table.add(ratio);
        }
        System.out.println();
        System.out.println("Read latency of loop.read(state -> counter) every 0.2 ms while " + READ_SUBMITTERS
                + " submitters write flat out; two runs each, in the order new, baseline, baseline, new.");
        System.out.println("after commit = the loop as it is: the writer applies a batch to the readers' copy after");
        System.out.println("  its commit, under a lock held only for that. locked through commit = the baseline (the");
        System.out.println("  loop before): one state, the write lock held from the first decision through the commit.");
        System.out.println("ratio: write/s new/baseline (1 = no worse); latencies baseline/new (target: p99 < 1 ms, 5x).");
        table.forEach(System.out::println);
        System.out.println();
    }

    private static ReadResult measureReads(JournalSettings settings, ReadVisibility visibility, Duration runTime)
            throws Exception {
        try (JournalDatabase db = JournalDatabase.open(settings);
             CommandLoop<BenchState> loop = new CommandLoop<>(new JdbcJournal(db), codec(), BenchState::new,
                     Clock.systemUTC(), new SimpleMeterRegistry(), settings.maxBatch(), visibility).start()) {
            AtomicBoolean stop = new AtomicBoolean(false);
            long[] latencies = new long[(int) Math.min(20_000_000, runTime.toMillis() * 20 + 100_000)];
            int[] count = {0};
            Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> {
                long measureFrom = System.nanoTime() + 1_000_000_000L; // drive() warms up for a second
                long measureUntil = measureFrom + runTime.toNanos();
                long sink = 0;
                while (!stop.get()) {
                    long start = System.nanoTime();
                    sink += loop.read(state -> state.events);
                    long end = System.nanoTime();
                    if (start >= measureFrom && start < measureUntil && count[0] < latencies.length) {
                        latencies[count[0]++] = end - start;
                    }
                    LockSupport.parkNanos(READ_PAUSE_NANOS);
                }
                if (sink < 0) {
                    throw new IllegalStateException("unreachable: keeps the reads from being optimised away");
                }
            });
            Result writes = drive(READ_SUBMITTERS, runTime, (submitter, i) ->
                    loop.execute(ACTOR, BenchState.report(submitter, i), Duration.ofSeconds(30)));
            stop.set(true);
            reader.join();
            return new ReadResult(writes.perSecond, java.util.Arrays.copyOf(latencies, count[0]));
        } finally {
            dropSchema(settings);
        }
    }

    /** The journal settings of one run: a fresh H2 file, or a fresh PostgreSQL schema (LARM_TEST_PG_... settings). */
    public static JournalSettings settings(String database, Path h2Dir, String name) {
        if (database.equals("h2")) {
            return JournalSettings.h2File(h2Dir.resolve(name + "-" + UUID.randomUUID()));
        }
        String url = "jdbc:postgresql://" + env("LARM_TEST_PG_HOST", "localhost") + ":" + env("LARM_TEST_PG_PORT", "5432")
                + "/" + env("LARM_TEST_PG_DB", "larm_test");
        return new JournalSettings(url, env("LARM_TEST_PG_USER", "larm"), env("LARM_TEST_PG_PASSWORD", "larm"),
                "bench_" + name + "_" + UUID.randomUUID().toString().substring(0, 8), 512, Duration.ofSeconds(5));
    }

    private static Result measureLoop(JournalSettings settings, int submitters, Duration runTime) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(settings);
             CommandLoop<BenchState> loop = new CommandLoop<>(new JdbcJournal(db), codec(), BenchState::new,
                     Clock.systemUTC(), new SimpleMeterRegistry(), settings.maxBatch()).start()) {
            return drive(submitters, runTime, (submitter, i) ->
                    loop.execute(ACTOR, BenchState.report(submitter, i), Duration.ofSeconds(30)));
        } finally {
            dropSchema(settings);
        }
    }

    private static Result measurePooled(JournalSettings settings, int submitters, Duration runTime) throws Exception {
        try (JournalDatabase db = JournalDatabase.open(settings)) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE naive_event (seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                        + " type VARCHAR(200) NOT NULL, version INTEGER NOT NULL, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " actor_id VARCHAR(200) NOT NULL, actor_kind VARCHAR(20) NOT NULL, payload TEXT NOT NULL)");
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(settings.jdbcUrl());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
            config.setMaximumPoolSize(Math.min(submitters, 16));
            config.setAutoCommit(false);
            if (settings.schema() != null) {
                config.setSchema(settings.schema());
            }
            ObjectMapper mapper = EventCodec.newObjectMapper();
            try (HikariDataSource pool = new HikariDataSource(config)) {
                return drive(submitters, runTime, (submitter, i) -> {
                    try (Connection c = pool.getConnection();
                         PreparedStatement insert = c.prepareStatement("INSERT INTO naive_event"
                                 + " (type, version, occurred_at, actor_id, actor_kind, payload) VALUES (?, 1, ?, ?, 'PERSON', ?)")) {
                        insert.setString(1, "bench.StatusReported");
                        insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                        insert.setString(3, ACTOR.id());
                        insert.setString(4, mapper.writeValueAsString(BenchState.event(submitter, i)));
                        insert.executeUpdate();
                        c.commit();
                    }
                });
            }
        } finally {
            dropSchema(settings);
        }
    }

    @FunctionalInterface
    interface Submit {
        void submit(int submitter, long i) throws Exception;
    }

    /** Runs {@code submitters} threads flat out for a warm-up second and then {@code runTime}, timing each command. */
    private static Result drive(int submitters, Duration runTime, Submit submit) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<long[]> samples = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < submitters; t++) {
            long[] latencies = new long[2_000_000];
            int[] count = {0};
            samples.add(latencies);
            counts.add(count);
            int submitter = t;
            threads.add(Thread.ofVirtual().start(() -> { // as the HTTP server submits: one virtual thread per request
                for (long i = 0; !stop.get(); i++) {
                    long start = System.nanoTime();
                    try {
                        submit.submit(submitter, i);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (measuring.get() && count[0] < latencies.length) {
                        latencies[count[0]++] = System.nanoTime() - start;
                    }
                }
            }));
        }
        Thread.sleep(1000);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(runTime.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        int total = counts.stream().mapToInt(c -> c[0]).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < submitters; t++) {
            System.arraycopy(samples.get(t), 0, all, at, counts.get(t)[0]);
            at += counts.get(t)[0];
        }
        return new Result(total / seconds, new Percentiles(all));
    }

    /** Writes {@code events} rows directly, then times the replay a start-up does. */
    private static void replay(JournalSettings settings, int events) throws Exception {
        EventCodec codec = codec();
        try (JournalDatabase db = JournalDatabase.open(settings)) {
            JdbcJournal journal = new JdbcJournal(db);
            List<StoredEvent> rows = new ArrayList<>();
            Instant at = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 1; i <= events; i++) {
                rows.add(codec.encode(i, at, ACTOR, BenchState.event(i % 64, i)));
                if (rows.size() == 5000) {
                    journal.append(rows);
                    rows.clear();
                }
            }
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                try (CommandLoop<BenchState> loop = new CommandLoop<>(journal, codec, BenchState::new, Clock.systemUTC(),
                        new SimpleMeterRegistry(), settings.maxBatch()).start()) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (loop.read(s -> s.events) != events) {
                        throw new IllegalStateException("replay saw the wrong number of events");
                    }
                    rates.add(events / seconds);
                }
            }
            rates.sort(Double::compare);
            System.out.printf(Locale.ROOT, "replay %-10s %,d events: median %,.0f events/s (target 200,000: %.1fx)%n",
                    settings.isPostgres() ? "postgresql" : "h2", events, rates.get(1), rates.get(1) / 200_000);
        } finally {
            dropSchema(settings);
        }
    }

    public static EventCodec codec() {
        return new EventCodec().register(BenchEvent.class);
    }

    /** Drops the run's PostgreSQL schema (nothing for H2). */
    public static void dropSchema(JournalSettings settings) {
        if (settings.schema() == null) {
            return;
        }
        try (Connection c = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + settings.schema() + " CASCADE");
        } catch (Exception e) {
            System.err.println("could not drop " + settings.schema() + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
