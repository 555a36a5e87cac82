package se.larmcentral.bench.sip;

import se.larmcentral.bench.Percentiles;
import se.larmcentral.calls.Call;
import se.larmcentral.calls.CallState;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.telephony.SipFront;
import se.larmcentral.telephony.TelephonySettings;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./larm bench sip [seconds] [calls-per-second]}: SIPp (scripts/ensure-sipp) rings 112 at a fixed rate (default
 * 50 new calls a second for 60 s); each caller hangs up a second after 180 Ringing. Measured: call setup (INVITE sent
 * to 180 received, SIPp's response time) p50/p99/max and failed calls, through the telephony front with every intake
 * and abandon durable on H2 (file), beside the baseline in the same run: the same SIPp load against a bare JAIN-SIP
 * endpoint that only answers. After the run, every call must be in the centre's journal as abandoned. Verdict: setup
 * p99 under 20 ms and no failed call. The baseline runs first, so the stack's classes are warm for both.
 */
public final class Run {

    private Run() {
    }

    /** @param udpDrops datagrams the kernel dropped for a full receive buffer during the run (the whole machine's) */
    record Result(String what, Percentiles setup, long successful, long failed, int exitCode, long udpDrops) {

        /** The smallest response time above 0: SIPp's clock step. */
        double tick() {
            for (double q = 0; q <= 1.0; q += 0.001) {
                if (setup.millis(q) > 0) {
                    return setup.millis(q);
                }
            }
            return 0;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path work = Files.createTempDirectory("larm-bench-sip");
        Path scenario = work.resolve("setup-and-cancel.xml");
        try (InputStream in = Run.class.getResourceAsStream("/sip/setup-and-cancel.xml")) {
            Files.copy(in, scenario, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf(Locale.ROOT, "sip: %d calls/s for %d s, each cancelled 1 s after 180 Ringing; work in %s%n",
                rate, seconds, work);

        int barePort = freePort();
        Result bare;
        try (BareEndpoint endpoint = new BareEndpoint(barePort)) {
            bare = sipp("bare JAIN-SIP endpoint (baseline)", scenario, work.resolve("bare"), barePort, rate, seconds);
        }

        Clock clock = Clock.systemUTC();
        int port = freePort();
        Result front;
        long abandoned;
        long total;
        try (Centre centre = Centre.open(JournalSettings.h2File(work.resolve("journal")),
                Centre.Setup.defaults(clock, List.of()))) {
            try (SipFront sip = SipFront.start(TelephonySettings.listening("127.0.0.1", port, List.of("127.0.0.1")),
                    centre, clock, MunicipalityLookup.none())) {
                front = sipp("telephony front, intake on H2", scenario, work.resolve("front"), port, rate, seconds);
                Thread.sleep(2000); // the last abandons
            }
            Collection<Call> calls = centre.read(s -> List.copyOf(s.calls().calls()));
            total = calls.size();
            abandoned = calls.stream().filter(c -> c.state() == CallState.ABANDONED).count();
        }

        System.out.println();
        System.out.println("| run | calls ok | failed | setup p50 ms | p99 ms | max ms | UDP drops (machine) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Result r : List.of(bare, front)) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %s |%n", r.what(), r.successful(), r.failed(),
                    r.setup().millis(0.5), r.setup().millis(0.99), r.setup().millis(1.0),
                    r.udpDrops() < 0 ? "n/a" : Long.toString(r.udpDrops()));
        }
        System.out.printf(Locale.ROOT, "load average (1 min) at the end: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "p99 ratio front/baseline: %.2f%n", front.setup().millis(0.99) / bare.setup().millis(0.99));
        System.out.printf(Locale.ROOT, "SIPp's resolution: response times come in steps of %.0f ms (0 is under one step)%n",
                Math.max(bare.tick(), front.tick()));
        System.out.printf(Locale.ROOT, "journal: %d calls taken in, %d recorded abandoned (every cancelled call must be)%n",
                total, abandoned);
        boolean ok = front.failed() == 0 && front.exitCode() == 0 && front.setup().millis(0.99) < 20
                && abandoned == front.successful() && total == front.successful();
        System.out.println("verdict (setup p99 < 20 ms, no failed call, every call abandoned in the journal): "
                + (ok ? "YES" : "NO"));
    }

    private static Result sipp(String what, Path scenario, Path folder, int port, int rate, int seconds)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path stats = folder.resolve("stats.csv");
        String binary = System.getenv("LARM_SIPP") == null || System.getenv("LARM_SIPP").isBlank() ? "sipp"
                : System.getenv("LARM_SIPP");
        List<String> command = List.of(binary, "127.0.0.1:" + port, "-sf", scenario.toString(), "-t", "u1",
                "-buff_size", Integer.toString(SipFront.UDP_BUFFER_BYTES),
                "-i", "127.0.0.1", "-p", Integer.toString(freePort()), "-r", Integer.toString(rate),
                "-m", Integer.toString(rate * seconds), "-l", Integer.toString(rate * 10), "-nostdin",
                "-timeout", (seconds + 60) + "s", "-trace_rtt", "-rtt_freq", "1", "-trace_stat", "-stf",
                stats.toString(), "-fd", "1", "-trace_err");
        System.out.println(what + ": " + String.join(" ", command));
        long dropsBefore = udpReceiveBufferDrops();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("sipp.out").toFile()).start();
        if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("SIPp did not finish in " + (seconds + 120) + " s; see " + folder);
        }
        return new Result(what, new Percentiles(responseTimes(folder)), counter(stats, "SuccessfulCall(C)"),
                counter(stats, "FailedCall(C)"), process.exitValue(), dropsBefore < 0 ? -1 : udpReceiveBufferDrops() - dropsBefore);
    }

    /**
     * UDP datagrams the kernel dropped for a full socket receive buffer, machine-wide ({@code RcvbufErrors} in
     * /proc/net/snmp); -1 where there is no such file. A dropped INVITE or 180 shows as a 500 ms retransmission.
     */
    private static long udpReceiveBufferDrops() {
        try {
            List<String> udp = Files.readAllLines(Path.of("/proc/net/snmp")).stream().filter(l -> l.startsWith("Udp:")).toList();
            if (udp.size() < 2) {
                return -1;
            }
            List<String> names = List.of(udp.get(0).split("\\s+"));
            String[] values = udp.get(1).split("\\s+");
            int at = names.indexOf("RcvbufErrors");
            return at < 0 || at >= values.length ? -1 : Long.parseLong(values[at]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** SIPp's per-call response times (ms, in {@code *_rtt.csv}), as nanoseconds. */
    private static long[] responseTimes(Path folder) throws IOException {
        List<Long> nanos = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_rtt.csv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split(";");
                    if (fields.length >= 2 && fields[1].matches("[0-9.]+")) {
                        nanos.add(Math.round(Double.parseDouble(fields[1]) * 1e6));
                    }
                }
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    /** A cumulative counter from the last line of SIPp's statistics file. */
    private static long counter(Path stats, String name) throws IOException {
        List<String> lines = Files.readAllLines(stats).stream().filter(l -> !l.isBlank()).toList();
        String[] header = lines.getFirst().split(";");
        String[] last = lines.getLast().split(";");
        for (int i = 0; i < header.length && i < last.length; i++) {
            if (header[i].equals(name)) {
                return Long.parseLong(last[i].strip());
            }
        }
        throw new IllegalStateException("no " + name + " in " + stats);
    }

    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no port free for both UDP and TCP");
    }
}
