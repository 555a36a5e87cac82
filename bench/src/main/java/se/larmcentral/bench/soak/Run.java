package se.larmcentral.bench.soak;

import se.larmcentral.bench.Percentiles;
import se.larmcentral.centre.accounts.AccountCommands;
import se.larmcentral.centre.accounts.Role;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.Actor;
import se.larmcentral.server.LarmServer;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./larm bench soak [minutes] [clients]}: issue 13's soak. A real centre (LarmServer, H2 in a temporary folder,
 * the demo data, simulated callers off) takes mixed load from {@code clients} (default 200), each with its own account
 * and API token: a call's life (intake, answer, classify, handled, close) and a queue read, one step every 0.5-1.5 s.
 * After a warm-up that is not measured, {@code minutes} (default 10) with valid requests only, the baseline, and as long
 * again with 1 % of the steps preceded by a hostile request ({@link Hostile}), the soak: run as four halves in the order
 * baseline, soak, soak, baseline, pooled, so that both meet the shared machine's changing load alike. Reported per phase: errors on valid requests (anything
 * but the expected status), p50/p99/max of valid commands, heap after GC sampled every 10 s, log lines and bytes.
 * All clients come from 127.0.0.1, so the per-address command limit and connection cap are raised through settings
 * ({@code http.commandsPerSecondPerAddress}, {@code http.commandBurstPerAddress}, {@code http.maxConnectionsPerAddress});
 * the per-account limits stay at their defaults.
 */
public final class Run {

    /** Phases run so far: call ids carry it, so each phase's calls are new. */
    private static final java.util.concurrent.atomic.AtomicInteger ROUNDS = new java.util.concurrent.atomic.AtomicInteger();
    private static final Actor SETUP = new Actor("soak-setup", Actor.Kind.SYSTEM);

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("larm-soak");
        Map<String, String> environment = Map.of("LARM_DATA_DIR", dir.toString(), "LARM_HTTP_PORT", "0",
                "LARM_DEMO", "true", "LARM_DEMO_CALLERS_ENABLED", "false",
                "LARM_HTTP_COMMANDS_PER_SECOND_PER_ADDRESS", "100000", "LARM_HTTP_COMMAND_BURST_PER_ADDRESS", "100000",
                "LARM_HTTP_MAX_CONNECTIONS_PER_ADDRESS", "2048");
        LogCount log = LogCount.attach();
        try (LarmServer server = LarmServer.start(SettingsLoader.load(null, environment), Clock.systemUTC())) {
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                tokens.add(token(server, "soak-" + i));
            }
            System.out.printf(Locale.ROOT, "soak: %d clients, %.1f min baseline (valid only) and %.1f min with 1 %% hostile, in halves: baseline, soak, soak, baseline;"
                    + " H2 in %s%n", clients, minutes, minutes, dir);
            // Warm-up, not measured: the JIT, the connection pool and H2's caches, which the first phase would otherwise
            // pay alone (a quarter of a phase, at most 30 s).
            run(server, tokens, Math.min(0.5, minutes / 4), 0.0, log);
            // The machine is shared: its load changes over minutes. The two phases run as four halves in the order
            // baseline, soak, soak, baseline, each pooled, so both meet the same load on average.
            Phase baseline = new Phase("baseline");
            Phase soak = new Phase("soak");
            for (Phase half : List.of(baseline, soak, soak, baseline)) {
                System.out.println("load average before a " + half.name + " half: " + loadAverage());
                half.add(run(server, tokens, minutes / 2, half == soak ? 0.01 : 0.0, log));
            }
            System.out.println("load average after: " + loadAverage());
            print(baseline, soak);
            System.out.println("hostile requests by kind and status (0: no answer; slow-headers 1: closed by the server, -1: held): "
                    + soak.hostileByKind);
            System.out.println("log lines since start, start-up included: " + log.lines.get());
            boolean ok = soak.validErrors.get() == 0 && baseline.validErrors.get() == 0 && soak.commands().millis(0.99) < 50;
            System.out.println("verdict: " + (ok ? "YES" : "NO") + " (0 errors on valid requests, p99 of valid commands < 50 ms;"
                    + " heap and log read against the baseline)");
        }
    }

    /** The machine's 1, 5 and 15 minute load averages (it is shared: read the figures against them). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String token(LarmServer server, String username) {
        server.centre().loop().execute(SETUP, AccountCommands.create(username,
                EnumSet.of(Role.CALL_TAKER, Role.SUPERVISOR, Role.AGREEMENTS_ADMIN), Set.of(), null, null), Duration.ofSeconds(30));
        TokenSecret secret = TokenSecret.generate();
        server.centre().loop().execute(SETUP, AccountCommands.issueToken(username, secret.tokenId(), "soak",
                secret.secretHash(), null), Duration.ofSeconds(30));
        return secret.token();
    }

    /**
     * The heap in use just after the collector's last run (each heap pool's collection usage, summed). Not
     * {@code System.gc()}: a forced full collection stops the server it measures, every 10 s, and lands in the p99.
     */
    private static long heapAfterLastCollection() {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    /** One phase's measurements. */
    static final class Phase {
        final String name;
        int round;
        final ConcurrentLinkedQueue<Long> commandNanos = new ConcurrentLinkedQueue<>();
        final AtomicLong validRequests = new AtomicLong();
        final AtomicLong validErrors = new AtomicLong();
        final Map<String, String> firstErrors = new ConcurrentHashMap<>();
        final AtomicLong hostile = new AtomicLong();
        final AtomicLong hostile5xx = new AtomicLong();
        final Map<String, AtomicLong> hostileByKind = new java.util.TreeMap<>();
        final List<Long> heapAfterGc = new ArrayList<>();
        long logLines;
        long logBytes;
        long journalEvents;

        Phase(String name) {
            this.name = name;
        }

        /** Pools another run of the same kind into this one. */
        void add(Phase run) {
            commandNanos.addAll(run.commandNanos);
            validRequests.addAndGet(run.validRequests.get());
            validErrors.addAndGet(run.validErrors.get());
            run.firstErrors.forEach(firstErrors::putIfAbsent);
            hostile.addAndGet(run.hostile.get());
            hostile5xx.addAndGet(run.hostile5xx.get());
            run.hostileByKind.forEach((kind, count) -> hostileByKind.computeIfAbsent(kind, k -> new AtomicLong())
                    .addAndGet(count.get()));
            heapAfterGc.addAll(run.heapAfterGc);
            logLines += run.logLines;
            logBytes += run.logBytes;
            journalEvents += run.journalEvents;
        }

        Percentiles commands() {
            return new Percentiles(commandNanos.stream().mapToLong(Long::longValue).toArray());
        }

        long heapMaxMb() {
            return heapAfterGc.stream().mapToLong(Long::longValue).max().orElse(0) / (1024 * 1024);
        }

        long heapLastMb() {
            return heapAfterGc.isEmpty() ? 0 : heapAfterGc.getLast() / (1024 * 1024);
        }
    }

    private static Phase run(LarmServer server, List<String> tokens, double minutes, double hostileShare, LogCount log)
            throws InterruptedException {
        Phase phase = new Phase(hostileShare == 0 ? "baseline" : "soak");
        phase.round = ROUNDS.incrementAndGet();
        long logLines = log.lines.get();
        long logBytes = log.bytes.get();
        long firstEvent = server.centre().loop().lastSequence();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < tokens.size(); c++) {
                int client = c;
                clients.submit(() -> {
                    new Client(http, server.port(), tokens.get(client), client, phase, hostileShare).loop(end);
                    return null;
                });
            }
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(10_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                phase.heapAfterGc.add(heapAfterLastCollection());
            }
        }
        phase.logLines = log.lines.get() - logLines;
        phase.logBytes = log.bytes.get() - logBytes;
        phase.journalEvents = server.centre().loop().lastSequence() - firstEvent;
        return phase;
    }

    /** One console: a call's life step by step, a queue read, and now and then (soak phase) something hostile. */
    private static final class Client {
        private final HttpClient http;
        private final int port;
        private final String token;
        private final int number;
        private final Phase phase;
        private final double hostileShare;
        private final Random random;
        private final Hostile hostile;

        Client(HttpClient http, int port, String token, int number, Phase phase, double hostileShare) {
            this.http = http;
            this.port = port;
            this.token = token;
            this.number = number;
            this.phase = phase;
            this.hostileShare = hostileShare;
            this.random = new Random(number * 31L + phase.name.hashCode());
            this.hostile = new Hostile(http, port, token);
        }

        void loop(long end) throws InterruptedException {
            Thread.sleep(random.nextInt(1_000)); // spread the clients' steps
            for (int call = 0; System.nanoTime() < end; call++) {
                String id = "S" + phase.round + "x" + number + "-" + call;
                String[][] steps = {
                        {"/api/calls", "{\"callId\": \"" + id + "\", \"dialled\": \"112\", \"callerNumber\": \"+46701234567\"}", "201"},
                        {"/api/calls/" + id + "/answer", "{}", "200"},
                        {"/api/calls/" + id + "/classify", "{\"classification\": \"POLICE\", \"note\": \"soak\"}", "200"},
                        {"/api/calls/" + id + "/handled", "{\"outcome\": \"connected to the police\"}", "200"},
                        {"/api/calls/" + id + "/close", "{}", "200"},
                        {"/api/calls/queue?limit=50", null, "200"}};
                for (String[] step : steps) {
                    if (System.nanoTime() >= end) {
                        return;
                    }
                    Thread.sleep(500 + random.nextInt(1_000));
                    if (random.nextDouble() < hostileShare) {
                        hostileRequest();
                    }
                    valid(step[0], step[1], Integer.parseInt(step[2]));
                }
            }
        }

        private void hostileRequest() throws InterruptedException {
            String kind = Hostile.KINDS.get(random.nextInt(Hostile.KINDS.size()));
            try {
                int status = hostile.send(kind, random, random.nextInt(1_000_000));
                phase.hostile.incrementAndGet();
                synchronized (phase.hostileByKind) {
                    phase.hostileByKind.computeIfAbsent(kind + " " + status, k -> new AtomicLong()).incrementAndGet();
                }
                if (status >= 500 || status == -1) {
                    phase.hostile5xx.incrementAndGet();
                    phase.firstErrors.putIfAbsent("hostile " + kind, "answered " + status);
                }
            } catch (Exception e) {
                phase.firstErrors.putIfAbsent("hostile " + kind, e.toString());
            }
        }

        private void valid(String path, String body, int expected) throws InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
            if (body != null) {
                request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            }
            long started = System.nanoTime();
            phase.validRequests.incrementAndGet();
            try {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                long nanos = System.nanoTime() - started;
                if (answer.statusCode() != expected) {
                    phase.validErrors.incrementAndGet();
                    phase.firstErrors.putIfAbsent(path.replaceAll("S\\d+x\\d+-\\d+", "{id}") + " " + answer.statusCode(),
                            answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body());
                } else if (body != null) {
                    phase.commandNanos.add(nanos);
                }
            } catch (java.io.IOException e) {
                phase.validErrors.incrementAndGet();
                phase.firstErrors.putIfAbsent(path.replaceAll("S\\d+x\\d+-\\d+", "{id}") + " I/O", e.toString());
            }
        }
    }

    private static void print(Phase baseline, Phase soak) {
        Percentiles b = baseline.commands();
        Percentiles s = soak.commands();
        System.out.println();
        System.out.println("| measure | baseline (valid only) | soak (1 % hostile) | ratio |");
        System.out.println("|---|---|---|---|");
        row("valid requests", baseline.validRequests.get(), soak.validRequests.get());
        row("errors on valid requests", baseline.validErrors.get(), soak.validErrors.get());
        row("hostile requests (5xx or held open among them)", baseline.hostile.get(), soak.hostile.get() + " (" + soak.hostile5xx.get() + ")");
        row("valid commands p50 ms", b.millis(0.50), s.millis(0.50));
        row("valid commands p99 ms", b.millis(0.99), s.millis(0.99));
        row("valid commands max ms", b.millis(1.0), s.millis(1.0));
        row("heap after GC, max MB", baseline.heapMaxMb(), soak.heapMaxMb());
        row("heap after GC, last MB", baseline.heapLastMb(), soak.heapLastMb());
        row("log lines", baseline.logLines, soak.logLines);
        row("log bytes", baseline.logBytes, soak.logBytes);
        row("journal events", baseline.journalEvents, soak.journalEvents);
        System.out.println();
        System.out.println("heap after GC samples (MB), soak: " + soak.heapAfterGc.stream().map(v -> v / (1024 * 1024)).toList());
        baseline.firstErrors.forEach((k, v) -> System.out.println("baseline error " + k + ": " + v));
        soak.firstErrors.forEach((k, v) -> System.out.println("soak error " + k + ": " + v));
    }

    private static void row(String name, Object baseline, Object soak) {
        String ratio = baseline instanceof Number b && soak instanceof Number s && b.doubleValue() != 0
                ? String.format(Locale.ROOT, "%.2f", s.doubleValue() / b.doubleValue()) : "";
        System.out.println("| " + name + " | " + shown(baseline) + " | " + shown(soak) + " | " + ratio + " |");
    }

    private static String shown(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value);
    }
}
