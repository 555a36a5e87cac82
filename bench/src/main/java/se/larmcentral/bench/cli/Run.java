package se.larmcentral.bench.cli;

import se.larmcentral.bench.Percentiles;
import se.larmcentral.calls.AnswerCall;
import se.larmcentral.calls.CallsState;
import se.larmcentral.calls.Classification;
import se.larmcentral.calls.ClassifyCall;
import se.larmcentral.calls.CloseCall;
import se.larmcentral.calls.DialledLine;
import se.larmcentral.calls.IntakeCall;
import se.larmcentral.calls.MarkHandled;
import se.larmcentral.centre.CentreState;
import se.larmcentral.cli.Main;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.ServiceNumber;
import se.larmcentral.server.LarmServer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./larm bench cli [calls] [asks]}: one command-line read ({@code larm calls show ID}) answered through a
 * running centre's API beside the same read opening the journal (replaying it) with no centre running; the centre
 * holds {@code calls} finished calls (default 5,000, five events each). Both run in this JVM, so a real
 * {@code ./larm} adds the same JVM start to each; the output of both is compared and must be equal.
 */
public final class Run {

    private static final Actor OPERATOR = Actor.person("bench-operator");

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int asks = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("larm-bench-cli");
        Path data = dir.resolve("data");
        Path config = Files.writeString(dir.resolve("larmcentral.yaml"), "dataDir: " + data + "\n");
        String[] show = {"calls", "show", "CLI-" + (calls / 2), "--config", config.toString()};
        Percentiles through;
        String throughOutput;
        try (LarmServer server = LarmServer.start(SettingsLoader.load(null, Map.of("LARM_DATA_DIR", data.toString(),
                "LARM_HTTP_PORT", "0")), Clock.systemUTC(), List.of())) {
            long seeded = System.nanoTime();
            seed(server, calls);
            System.out.printf(Locale.ROOT, "seeded %,d calls (%,d events) in %.1f s%n", calls,
                    server.centre().loop().lastSequence(), (System.nanoTime() - seeded) / 1e9);
            throughOutput = ask(show);
            through = time(show, asks);
        }
        String offlineOutput = ask(show);
        Percentiles offline = time(show, asks);
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s%n", "larm calls show (in one JVM, " + asks + " asks)", "p50 ms",
                "max ms", "ratio");
        System.out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %8s%n", "opening the journal (baseline)", offline.millis(0.5),
                offline.millis(1.0), "1.00");
        System.out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %8.3f%n", "through the running centre", through.millis(0.5),
                through.millis(1.0), through.millis(0.5) / offline.millis(0.5));
        boolean same = withoutAt(throughOutput).equals(withoutAt(offlineOutput));
        System.out.println("same output both ways (apart from the instant asked at): " + (same ? "YES" : "NO"));
        if (!same) {
            System.out.println("through the centre:\n" + throughOutput + "\nfrom the journal:\n" + offlineOutput);
        }
    }

    /** {@code calls} calls through their whole life, submitted by 16 threads so the journal batches them. */
    private static void seed(LarmServer server, int calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < calls; c++) {
                String id = "CLI-" + c;
                long number = c;
                done.add(pool.submit(() -> {
                    for (Command<CallsState, ?> step : List.<Command<CallsState, ?>>of(
                            new IntakeCall(id, DialledLine.service(ServiceNumber.EMERGENCY_112),
                                    new PhoneNumber("+4670" + (1_000_000 + number)),
                                    Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS)),
                            new AnswerCall(id),
                            new ClassifyCall(id, Classification.NOT_AN_EMERGENCY, "bench call", null, null),
                            new MarkHandled(id, "advice given"),
                            new CloseCall(id))) {
                        server.centre().execute(OPERATOR, step.on(CentreState::calls));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Percentiles time(String[] args, int asks) {
        long[] samples = new long[asks];
        for (int i = 0; i < asks; i++) {
            long start = System.nanoTime();
            ask(args);
            samples[i] = System.nanoTime() - start;
        }
        return new Percentiles(samples);
    }

    private static String ask(String[] args) {
        var cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        if (exit != 0) {
            throw new IllegalStateException("larm " + String.join(" ", args) + " failed: " + err);
        }
        return out.toString();
    }

    private static String withoutAt(String json) {
        return json.replaceAll("(?m)^  \"at\" : .*$", "");
    }
}
