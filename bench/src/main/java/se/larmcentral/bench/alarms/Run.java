package se.larmcentral.bench.alarms;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.AlarmLog;
import se.larmcentral.alarms.dc09.AesKey;
import se.larmcentral.alarms.dc09.Dc09Writer;
import se.larmcentral.alarms.receiver.AlarmAccount;
import se.larmcentral.alarms.receiver.AlarmReceiver;
import se.larmcentral.alarms.receiver.AlarmSettings;
import se.larmcentral.bench.Percentiles;
import se.larmcentral.bench.journal.BenchState;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.time.WallClockScheduler;
import se.larmcentral.core.Actor;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.journal.JdbcJournal;
import se.larmcentral.journal.JournalDatabase;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.StoredEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./larm bench alarms [seconds] [transmitters] [alarms-per-second] [h2|postgresql]} (defaults 60, 1000, 100,
 * h2): a real alarm receiver (AlarmReceiver on a Centre on the database) and N transmitters, each from its own
 * loopback address (127.1.x.y), half over TCP and half over UDP, a quarter of them AES-128 encrypted. Each sends a
 * link test (NULL) every 10 s (random phase) and, together, M SIA-DCS alarms a second (Poisson, random
 * transmitter); each waits for its answer (5 s) before its next message. Measured: send to ACK, p50/p99/max;
 * answers other than ACK; no answer; and lost (ACKed but not in the journal, read back after the run). Baseline,
 * in the same run on the same database: the journal benchmark's plain append (one StatusReported command on a
 * bare command loop) at the same message rate, submit to durable answer. Latencies leave out the warm-up (the first
 * sixth of the run, at most 10 s); the counts and the lost check cover every message.
 */
public final class Run {

    private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);
    private static final Duration SUPERVISION = Duration.ofSeconds(10);

    private Run() {
    }

    record Measured(Percentiles latency, long sent, long acked, long otherAnswers, long unanswered, long lost) {
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60);
        int transmitters = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        double alarmsPerSecond = args.length > 2 ? Double.parseDouble(args[2]) : 100;
        String database = args.length > 3 ? args[3] : "h2";
        Path h2Dir = Files.createTempDirectory("larm-bench-alarms");
        double rate = transmitters / (double) SUPERVISION.toSeconds() + alarmsPerSecond;
        System.out.printf(Locale.ROOT, "alarms: %d transmitters (link test every %d s) + %.0f alarms/s for %d s on %s:"
                + " %.0f messages/s%n", transmitters, SUPERVISION.toSeconds(), alarmsPerSecond, duration.toSeconds(),
                database, rate);
        Measured alarms = receive(se.larmcentral.bench.journal.Run.settings(database, h2Dir, "alarms"), transmitters,
                alarmsPerSecond, duration);
        Measured append = plainAppend(se.larmcentral.bench.journal.Run.settings(database, h2Dir, "append"), rate,
                duration);
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "%-26s | %8s %8s %6s %6s %6s | %7s %7s %7s | %s", "run", "sent",
                "acked", "other", "none", "lost", "p50 ms", "p99 ms", "max ms", "p99<50 and 0 lost"));
        System.out.println(row("DC-09 ACK (after commit)", alarms));
        System.out.println(row("journal plain append", append));
        System.out.printf(Locale.ROOT, "ratio DC-09/append: p50 %.2fx, p99 %.2fx%n",
                alarms.latency().millis(0.5) / append.latency().millis(0.5),
                alarms.latency().millis(0.99) / append.latency().millis(0.99));
        System.out.println("DC-09 ACK: a transmitter's send to its ACK read back (frame parse, AES, the command's commit,"
                + " the answer); lost = ACKed but not in the journal read back after the run. 'other' = NAK/DUH,"
                + " 'none' = no answer in " + ANSWER_WAIT.toSeconds() + " s. Latency over messages sent after a warm-up of "
                + warmUp(duration).toSeconds() + " s (counts: all).");
        System.out.println("journal plain append: the journal benchmark's StatusReported command on a bare command loop"
                + " at the same message rate, submit to durable answer (no network, no parsing).");
    }

    private static String row(String name, Measured m) {
        boolean ok = m.lost() == 0 && m.unanswered() == 0 && m.otherAnswers() == 0 && m.latency().millis(0.99) < 50;
        return String.format(Locale.ROOT, "%-26s | %8d %8d %6d %6d %6d | %7.2f %7.2f %7.2f | %s", name, m.sent(),
                m.acked(), m.otherAnswers(), m.unanswered(), m.lost(), m.latency().millis(0.5), m.latency().millis(0.99),
                m.latency().millis(1.0), ok ? "yes" : "NO");
    }

    private static Measured receive(JournalSettings settings, int transmitters, double alarmsPerSecond,
                                    Duration duration) throws Exception {
        Clock clock = Clock.systemUTC();
        Map<String, String> environment = new HashMap<>();
        List<AlarmAccount> accounts = new ArrayList<>();
        Map<String, Optional<AesKey>> keys = new HashMap<>();
        for (int i = 0; i < transmitters; i++) {
            String account = String.format("%06X", 0x100000 + i);
            if (i % 4 == 3) {
                String hex = String.format("%032X", 0xA1A5L * (i + 1));
                environment.put("BENCH_KEY_" + account, hex);
                accounts.add(new AlarmAccount(account, "BENCH_KEY_" + account, AlarmAccount.KeyForm.HEX, 60));
                keys.put(account, Optional.of(AesKey.hex("bench", hex)));
            } else {
                accounts.add(new AlarmAccount(account, "", AlarmAccount.KeyForm.HEX, 60));
                keys.put(account, Optional.empty());
            }
        }
        AlarmSettings alarmSettings = new AlarmSettings(true, "127.0.0.1", 0, 0, 20, 40, 600, 32, 8, accounts);
        Set<String> acked = ConcurrentHashMap.newKeySet();
        long[] samples = new long[(int) ((transmitters / 10.0 + alarmsPerSecond) * duration.toSeconds() * 2) + 10_000];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong sent = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicLong none = new AtomicLong();
        try (Centre centre = Centre.open(settings, Centre.Setup.defaults(clock, List.of(AlarmLog.EXTENSION)));
             WallClockScheduler scheduler = new WallClockScheduler(clock);
             AlarmReceiver receiver = AlarmReceiver.start(alarmSettings, centre, scheduler, environment::get)) {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long measuredFrom = start + warmUp(duration).toNanos();
            double alarmRatePerTransmitter = alarmsPerSecond / transmitters;
            List<Thread> threads = new ArrayList<>();
            SplittableRandom seeds = new SplittableRandom(112);
            for (int i = 0; i < transmitters; i++) {
                AlarmAccount account = accounts.get(i);
                String local = "127.1." + (i / 250) + "." + (i % 250 + 1);
                boolean tcp = i % 2 == 0;
                SplittableRandom random = seeds.split();
                Optional<AesKey> key = keys.get(account.account());
                threads.add(Thread.ofVirtual().start(() -> {
                    try (Transmitter transmitter = tcp ? Transmitter.tcp(local, receiver.tcpPort())
                            : Transmitter.udp(local, receiver.udpPort())) {
                        Dc09Writer writer = new Dc09Writer(new java.util.Random(random.nextLong()));
                        long nextLinkTest = start + (long) (random.nextDouble() * SUPERVISION.toNanos());
                        long nextAlarm = start + exponential(random, alarmRatePerTransmitter);
                        int sequence = 0;
                        while (true) {
                            long due = Math.min(nextLinkTest, nextAlarm);
                            if (due >= end) {
                                return;
                            }
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            boolean linkTest = nextLinkTest <= nextAlarm;
                            if (linkTest) {
                                nextLinkTest += SUPERVISION.toNanos();
                            } else {
                                nextAlarm += exponential(random, alarmRatePerTransmitter);
                            }
                            sequence = sequence % 9999 + 1;
                            String seq = String.format("%04d", sequence);
                            String message = linkTest
                                    ? writer.message("NULL", seq, "R1", "L0", account.account(), "", List.of(), Instant.now(), key)
                                    : writer.message("SIA-DCS", seq, "R1", "L0", account.account(),
                                    "#" + account.account() + "|Nri1/BA" + (1 + random.nextInt(99)), List.of(), Instant.now(), key);
                            long sentAt = System.nanoTime();
                            sent.incrementAndGet();
                            Optional<String> answer = transmitter.send(Dc09Writer.frame(message));
                            long took = System.nanoTime() - sentAt;
                            if (answer.isEmpty()) {
                                none.incrementAndGet();
                            } else if (answer.get().contains("ACK\"" + seq)) {
                                acked.add(account.account() + "/" + seq + "/" + (linkTest ? "NULL" : "SIA_DCS"));
                                if (sentAt >= measuredFrom) {
                                    int at = recorded.getAndIncrement();
                                    if (at < samples.length) {
                                        samples[at] = took;
                                    }
                                }
                            } else {
                                other.incrementAndGet();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (IOException e) {
                        System.err.println("transmitter " + local + ": " + e.getMessage());
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            Set<String> journal = new HashSet<>();
            // a sequence number is reused only after 9,999 messages, far beyond one run's share per transmitter
            centre.journal().forEachAfter(0, (StoredEvent row) -> {
                if (centre.codec().decode(row).event() instanceof AlarmEvent.MessageReceived m) {
                    journal.add(m.account() + "/" + m.sequence() + "/" + m.type().name());
                }
            });
            long lost = acked.stream().filter(k -> !journal.contains(k)).count();
            long[] latencies = java.util.Arrays.copyOf(samples, Math.min(recorded.get(), samples.length));
            return new Measured(new Percentiles(latencies), sent.get(), acked.size(), other.get(), none.get(), lost);
        } finally {
            se.larmcentral.bench.journal.Run.dropSchema(settings);
        }
    }

    /** Not measured: the first sixth of the run, at most 10 s (connections opened, JIT, the database warming). */
    static Duration warmUp(Duration duration) {
        return duration.dividedBy(6).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : duration.dividedBy(6);
    }

    private static long exponential(SplittableRandom random, double perSecond) {
        return (long) (-Math.log(1 - random.nextDouble()) / perSecond * 1e9);
    }

    private static Measured plainAppend(JournalSettings settings, double rate, Duration duration) throws Exception {
        long total = (long) (rate * duration.toSeconds());
        long[] samples = new long[(int) total];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        AtomicLong acked = new AtomicLong();
        long warmUpMessages = (long) (rate * warmUp(duration).toSeconds());
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
        Actor actor = new Actor("bench", Actor.Kind.INTEGRATION);
        try (JournalDatabase db = JournalDatabase.open(settings);
             CommandLoop<BenchState> loop = new CommandLoop<>(new JdbcJournal(db), se.larmcentral.bench.journal.Run.codec(),
                     BenchState::new, Clock.systemUTC(), new SimpleMeterRegistry(), db.settings().maxBatch()).start()) {
            long periodNanos = (long) (1e9 / rate);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch((int) total);
            for (long i = 0; i < total; i++) {
                long n = i;
                timer.schedule(() -> Thread.ofVirtual().start(() -> {
                    long start = System.nanoTime();
                    try {
                        loop.execute(actor, BenchState.report((int) (n % 1000), n), Duration.ofSeconds(30));
                        acked.incrementAndGet();
                        if (n >= warmUpMessages) {
                            samples[recorded.getAndIncrement()] = System.nanoTime() - start;
                        }
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }), n * periodNanos, TimeUnit.NANOSECONDS);
            }
            done.await(duration.toSeconds() + 120, TimeUnit.SECONDS);
            long[] latencies = java.util.Arrays.copyOf(samples, recorded.get());
            return new Measured(new Percentiles(latencies), total, acked.get(), 0, failures.get(), 0);
        } finally {
            timer.shutdownNow();
            se.larmcentral.bench.journal.Run.dropSchema(settings);
        }
    }

    /** A bench transmitter: one TCP connection or UDP socket from its own loopback address. */
    private static final class Transmitter implements AutoCloseable {
        private final Socket socket;
        private final DatagramSocket datagrams;
        private final InetSocketAddress receiver;

        private Transmitter(Socket socket, DatagramSocket datagrams, InetSocketAddress receiver) {
            this.socket = socket;
            this.datagrams = datagrams;
            this.receiver = receiver;
        }

        static Transmitter tcp(String local, int port) throws IOException {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) ANSWER_WAIT.toMillis());
            return new Transmitter(socket, null, null);
        }

        static Transmitter udp(String local, int port) throws IOException {
            DatagramSocket datagrams = new DatagramSocket(new InetSocketAddress(local, 0));
            datagrams.setSoTimeout((int) ANSWER_WAIT.toMillis());
            return new Transmitter(null, datagrams, new InetSocketAddress("127.0.0.1", port));
        }

        Optional<String> send(byte[] frame) throws IOException {
            try {
                if (socket != null) {
                    socket.getOutputStream().write(frame);
                    InputStream in = socket.getInputStream();
                    ByteArrayOutputStream answer = new ByteArrayOutputStream();
                    int b;
                    while ((b = in.read()) >= 0 && b != '\r') {
                        answer.write(b);
                    }
                    return Optional.of(answer.toString(StandardCharsets.US_ASCII));
                }
                datagrams.send(new DatagramPacket(frame, frame.length, receiver));
                DatagramPacket packet = new DatagramPacket(new byte[512], 512);
                datagrams.receive(packet);
                return Optional.of(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII));
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            }
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
            }
            if (datagrams != null) {
                datagrams.close();
            }
        }
    }
}
