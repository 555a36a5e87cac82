package se.larmcentral.bench.calls;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.bench.Percentiles;
import se.larmcentral.bench.journal.BenchState;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.AttachPosition;
import se.larmcentral.calls.CallEvent;
import se.larmcentral.calls.CallsState;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.CloseCall;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MarkHandled;
import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.PositionSource;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.Projection;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code ./larm bench calls [seconds] [h2|postgresql|all] [calls-per-second]}: a storm. New calls arrive at a fixed
 * rate (default 50 a second for 600 s), each going through its whole life (intake, an AML position attached after
 * 1-3 s, answer after 1-6 s, classify after 5-15 s, handled after 5-20 s, close after 1-5 s), every command durable through a real {@link CommandLoop} on H2
 * (file) and PostgreSQL. Reports per-command latency p50/p99 (submit to durable answer) and journal bytes per call,
 * beside the plain journal append baseline measured in the same run: the journal benchmark's
 * {@code bench.StatusReported} command, as many per call as a call has steps, on the same database. The baseline's
 * "calls" start at the same rate; each one's appends follow one another at short growing pauses (step k waits
 * 0.2·k/STEPS s after step k-1), so the command rate is the calls' rate but not evenly spaced in time.
 *
 * <p>A command that fails, or has no answer when the run's deadline passes (every life not finished is counted at
 * its missing steps), is a failure: the failures are printed and the verdict is NO when there is any.
 */
public final class Run {

    private static final Actor OPERATOR = Actor.person("operator-bench");
    private static final MunicipalityLocation STOCKHOLM = new MunicipalityLocation("0180", "Stockholm",
            "in 0180 Stockholm by the SCB boundaries (kommuner.geojson)");
    private static final int STEPS = 6;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Run() {
    }

    /** Latencies, failures, and what the journal holds afterwards. */
    record Measured(Percentiles latency, long commands, long failures, long events, long payloadBytes, long rowBytes,
                    long tableBytes, long calls) {
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 600);
        List<String> databases = args.length > 1 && !args[1].equals("all") ? List.of(args[1]) : List.of("h2", "postgresql");
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path h2Dir = Files.createTempDirectory("larm-bench-calls");
        System.out.printf(Locale.ROOT, "calls storm: %d new calls/s for %d s, %d durable commands per call%n",
                rate, duration.toSeconds(), STEPS);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-10s %-10s | %9s %8s %7s %7s %6s | %10s %10s %11s%n", "database", "run", "commands", "failed",
                "p50 ms", "p99 ms", "p99<20", "payload B", "row B", "table B"));
        for (String database : databases) {
            JournalSettings callsSettings = se.larmcentral.bench.journal.Run.settings(database, h2Dir, "calls");
            Measured calls = measure(callsSettings, new EventCodec().register(CallEvent.class), CallsState::new,
                    duration, rate, new CallLives());
            JournalSettings baseSettings = se.larmcentral.bench.journal.Run.settings(database, h2Dir, "append");
            Measured base = measure(baseSettings, se.larmcentral.bench.journal.Run.codec(), BenchState::new,
                    duration, rate, new PlainAppends());
            String rows = row(database, "calls/call", calls, calls.calls()) + row(database, "append x" + STEPS, base,
                    base.events() / (double) STEPS);
            System.out.print(rows);
            table.append(rows);
            System.out.printf(Locale.ROOT, "%-10s ratio calls/baseline: p50 %.2fx, p99 %.2fx, payload bytes %.2fx%n",
                    database, calls.latency().millis(0.5) / base.latency().millis(0.5),
                    calls.latency().millis(0.99) / base.latency().millis(0.99),
                    (calls.payloadBytes() / (double) calls.calls()) / (base.payloadBytes() / (base.events() / (double) STEPS)));
        }
        System.out.println();
        System.out.println("Latency: submit to durable answer, every command of the run. Bytes per call: the journal's"
                + " payload (JSON) octets, the row (payload + type + actor + 20 B of sequence, version, time) and, on");
        System.out.println("PostgreSQL, the table with its index and TOAST (pg_total_relation_size), over the calls"
                + " recorded. Baseline 'append x5': the journal benchmark's plain StatusReported command at the same"
                + " command rate, " + STEPS + " events counted as one call. p99<20 is NO when any command failed or"
                + " timed out (column failed).");
        System.out.print(table);
        deleteRecursively(h2Dir);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String row(String database, String run, Measured m, double perCall) {
        return String.format(Locale.ROOT, "%-10s %-10s | %9d %8d %7.2f %7.2f %6s | %10.0f %10.0f %11s%n", database, run,
                m.commands(), m.failures(), m.latency().millis(0.5), m.latency().millis(0.99),
                m.failures() == 0 && m.latency().millis(0.99) < 20 ? "yes" : "NO", m.payloadBytes() / perCall, m.rowBytes() / perCall,
                m.tableBytes() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", m.tableBytes() / perCall));
    }

    /** What is submitted: one call's life as a chain of steps, or a plain append per step. */
    interface Workload<S extends Projection> {
        Command<S, ?> step(long call, int step, Clock clock);

        /** Seconds to wait before {@code step} (1 .. STEPS-1). */
        double delayBefore(int step, SplittableRandom random);
    }

    /** A call's whole life. */
    static final class CallLives implements Workload<CallsState> {
        private static final Classification[] KINDS = {Classification.NOT_AN_EMERGENCY, Classification.CARE,
                Classification.POLICE, Classification.SOCIAL, Classification.RESCUE_SERVICE};

        @Override
        public Command<CallsState, ?> step(long call, int step, Clock clock) {
            String id = "STORM-" + call;
            return switch (step) {
                case 0 -> new IntakeCall(id, DialledLine.service(ServiceNumber.EMERGENCY_112),
                        new PhoneNumber("+4670" + (1_000_000 + call % 8_999_999)), clock.instant().truncatedTo(ChronoUnit.MILLIS));
                case 1 -> new AttachPosition(id, amlPosition(call, clock), STOCKHOLM);
                case 2 -> new AnswerCall(id);
                case 3 -> new ClassifyCall(id, KINDS[(int) (call % KINDS.length)], "storm call", null, null);
                case 4 -> new MarkHandled(id, "advice given");
                default -> new CloseCall(id);
            };
        }

        /** A position as an AML SMS gives it: point, radius, confidence, method and the handset's fix time. */
        private static ReportedPosition amlPosition(long call, Clock clock) {
            GeoPoint point = new GeoPoint(59.30 + (call % 1000) * 0.0001, 18.00 + (call % 777) * 0.0001);
            return new ReportedPosition(point, 12.0 + call % 40, 68, PositionSource.AML_SMS, "GNSS",
                    clock.instant().minusSeconds(2).truncatedTo(ChronoUnit.SECONDS), null);
        }

        @Override
        public double delayBefore(int step, SplittableRandom random) {
            return switch (step) {
                case 1 -> random.nextDouble(1, 3);
                case 2 -> random.nextDouble(1, 6);
                case 3 -> random.nextDouble(5, 15);
                case 4 -> random.nextDouble(5, 20);
                default -> random.nextDouble(1, 5);
            };
        }
    }

    /** The baseline: the journal benchmark's plain command, on the same schedule. */
    static final class PlainAppends implements Workload<BenchState> {
        @Override
        public Command<BenchState, ?> step(long call, int step, Clock clock) {
            return BenchState.report((int) (call % 64), call * STEPS + step);
        }

        @Override
        public double delayBefore(int step, SplittableRandom random) {
            return 0.2 * step / STEPS;
        }
    }

    private static <S extends Projection> Measured measure(JournalSettings settings, EventCodec codec, Supplier<S> empty,
                                                          Duration duration, int rate, Workload<S> workload) throws Exception {
        long totalCalls = rate * duration.toSeconds();
        long[] samples = new long[(int) (totalCalls * STEPS)];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        AtomicLong finished = new AtomicLong();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        Clock clock = Clock.systemUTC();
        try (JournalDatabase db = JournalDatabase.open(settings);
             CommandLoop<S> loop = new CommandLoop<>(new JdbcJournal(db), codec, empty, clock, new SimpleMeterRegistry(),
                     db.settings().maxBatch()).start()) {
            long periodNanos = 1_000_000_000L / rate;
            SplittableRandom seeds = new SplittableRandom(112);
            for (long call = 0; call < totalCalls; call++) {
                long id = call;
                SplittableRandom random = seeds.split();
                timer.schedule(() -> runStep(loop, workload, id, 0, clock, random, timer, samples, recorded, failures,
                        finished), call * periodNanos, TimeUnit.NANOSECONDS);
            }
            long deadline = System.nanoTime() + duration.toNanos() + Duration.ofSeconds(120).toNanos();
            while (finished.get() < totalCalls && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            timer.shutdownNow();
            long[] latencies = java.util.Arrays.copyOf(samples, Math.min(recorded.get(), samples.length));
            long unanswered = Math.max(0, samples.length - latencies.length - failures.get());
            if (unanswered > 0) {
                System.err.println(unanswered + " commands had no answer by the deadline: counted as failed");
            }
            long failed = failures.get() + unanswered;
            if (failed > 0) {
                System.err.printf(Locale.ROOT, "%s: %d of %d commands failed or timed out%n", settings.schema(), failed,
                        samples.length);
            }
            long[] journal = journalSize(db);
            return new Measured(new Percentiles(latencies), latencies.length, failed, journal[0], journal[1],
                    journal[2], journal[3], totalCalls);
        } finally {
            timer.shutdownNow();
            se.larmcentral.bench.journal.Run.dropSchema(settings);
        }
    }

    private static <S extends Projection> void runStep(CommandLoop<S> loop, Workload<S> workload, long call, int step,
                                                       Clock clock, SplittableRandom random, ScheduledExecutorService timer,
                                                       long[] samples, AtomicInteger recorded, AtomicLong failures,
                                                       AtomicLong finished) {
        Thread.ofVirtual().start(() -> { // as the HTTP server submits: one virtual thread per request
            long start = System.nanoTime();
            try {
                loop.execute(OPERATOR, workload.step(call, step, clock), TIMEOUT);
                int at = recorded.getAndIncrement();
                if (at < samples.length) {
                    samples[at] = System.nanoTime() - start;
                }
            } catch (RuntimeException e) {
                if (failures.getAndIncrement() < 5) {
                    System.err.println("step " + step + " of call " + call + " failed: " + e.getMessage());
                }
            }
            if (step + 1 == STEPS) {
                finished.incrementAndGet();
                return;
            }
            long delay = (long) (workload.delayBefore(step + 1, random) * 1e9);
            try {
                timer.schedule(() -> runStep(loop, workload, call, step + 1, clock, random, timer, samples, recorded,
                        failures, finished), delay, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                failures.addAndGet(STEPS - step - 1); // the steps never submitted
            }
        });
    }

    /** Events, payload octets, row octets, and on PostgreSQL the table's total size (-1 on H2). */
    private static long[] journalSize(JournalDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            long[] size = new long[4];
            try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(OCTET_LENGTH(payload)), 0),"
                    + " COALESCE(SUM(OCTET_LENGTH(payload) + OCTET_LENGTH(type) + OCTET_LENGTH(actor_id)"
                    + " + OCTET_LENGTH(actor_kind) + 20), 0) FROM journal_event")) {
                r.next();
                size[0] = r.getLong(1);
                size[1] = r.getLong(2);
                size[2] = r.getLong(3);
            }
            size[3] = -1;
            if (db.settings().isPostgres()) {
                try (ResultSet r = s.executeQuery("SELECT pg_total_relation_size('journal_event')")) {
                    r.next();
                    size[3] = r.getLong(1);
                }
            }
            return size;
        }
    }
}
