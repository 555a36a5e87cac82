package se.larmcentral.journal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three node processes on one PostgreSQL journal, kept on a primary with a synchronous streaming replica
 * ({@link PostgresPair}, through the multi-host URL); 16 clients submit keyed commands to whichever node is active and
 * retry (same key) on any failure; the active node is killed (SIGKILL, then replaced by a new node) or paused past
 * its lease (SIGSTOP, resumed after the takeover), cycle after cycle. Every few cycles the database fails over too:
 * the primary dies (immediate stop), the replica is promoted, and the dead one is rebuilt as the new primary's
 * synchronous standby in the background while the cycles go on (the roles swap between the two clusters), so the
 * next promotion can happen. Afterwards: every acknowledged command is in the journal once and whole, none twice, and
 * on the standby as well; the rows' epochs never go back; each epoch was granted to one node.
 * Cycles: {@code -Dlarm.chaosCycles=20} (the default); promotions: {@code -Dlarm.chaosPromotions=4} (an even number
 * leaves the pair as it found it, saving a swap back at the end); lease: {@code -Dlarm.chaosLeaseMillis=1500}.
 */
class StandbyChaosTest {

    private static final int CYCLES = Integer.getInteger("larm.chaosCycles", 20);
    private static final int PROMOTIONS = Integer.getInteger("larm.chaosPromotions", 4);
    private static final int CLIENTS = 16;
    /** 1.5 s in the suite, to keep it near a minute; {@code -Dlarm.chaosLeaseMillis=3000} for the default lease. */
    private static final long LEASE_MILLIS = Long.getLong("larm.chaosLeaseMillis", 1500);
    private static final long RENEW_MILLIS = Math.min(500, LEASE_MILLIS / 6);

    private final List<Node> nodes = new ArrayList<>();
    private final AtomicInteger nodeNumbers = new AtomicInteger();
    private JournalSettings settings;
    /** The standby being rebuilt after the last promotion; the next promotion waits for it. */
    private CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);

    /** A node process, its input and the answers it owes. */
    private final class Node {
        final String id;
        final Process process;
        final Writer in;
        final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        volatile boolean active;
        volatile boolean paused;
        volatile long activeSinceNanos;
        /** It exited while starting and another node was started in its place. */
        volatile boolean replaced;
        final CompletableFuture<Void> ready = new CompletableFuture<>();

        Node(String id) throws IOException {
            this.id = id;
            String java = ProcessHandle.current().info().command().orElse("java");
            this.process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx256m",
                    "-Dlogback.configurationFile=" + StandbyChaosTest.class.getResource("/chaos-logback.xml").getPath(), "-cp",
                    System.getProperty("java.class.path"), ChaosNode.class.getName(), settings.jdbcUrl(), settings.user(),
                    settings.password(), settings.schema(), id, String.valueOf(LEASE_MILLIS), String.valueOf(RENEW_MILLIS))
                    .redirectError(logs().resolve(id + ".err").toFile()).start();
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread.ofPlatform().daemon(true).name("reader-" + id).start(this::read);
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] parts = line.split(" ");
                    switch (parts[0]) {
                        case "READY" -> ready.complete(null);
                        case "ROLE" -> {
                            active = parts[1].equals("active");
                            if (active) {
                                activeSinceNanos = System.nanoTime();
                            }
                        }
                        default -> {
                            CompletableFuture<String> answer = pending.remove(parts[1]);
                            if (answer != null) {
                                answer.complete(parts[0]);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // the process died
            }
            active = false;
            pending.values().forEach(answer -> answer.complete("LOST")); // dead: nobody waits the full timeout
            ready.completeExceptionally(new IllegalStateException(id + " exited before it was ready"));
        }

        /** The node's answer to the command, or "LOST" when none came in time. */
        String send(String key, String commandId, int parts) {
            CompletableFuture<String> answer = new CompletableFuture<>();
            pending.put(key, answer);
            try {
                synchronized (in) {
                    in.write("CMD " + key + " " + commandId + " " + parts + "\n");
                    in.flush();
                }
                return answer.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                return "LOST";
            } finally {
                pending.remove(key);
            }
        }

        boolean usable() {
            return active && !paused && process.isAlive();
        }
    }

    @AfterEach
    void stopAll() {
        for (Node node : nodes) {
            if (node.paused) {
                signal("CONT", node);
            }
            node.process.destroyForcibly();
        }
        try {
            rebuild.get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            // the test has failed already if it matters; the pair is repaired below in any case
        }
        PostgresPair.ensure(); // the canonical pair again (5433 primary, 5434 replica), whatever happened
    }

    @Test
    void noAcknowledgedCommandIsLostOrRecordedTwiceAcrossKillsAndPausesOfTheActiveNode() throws Exception {
        PostgresPair.ensure();
        settings = new JournalSettings(PostgresPair.url(), TestDatabases.PG_USER, TestDatabases.PG_PASSWORD,
                "t_" + java.util.UUID.randomUUID().toString().replace("-", ""), 512, Duration.ofSeconds(2));
        try (JournalDatabase ignored = JournalDatabase.open(settings)) {
            // the schema, before the nodes race to create it
        }
        for (int i = 0; i < 3; i++) {
            startNode();
        }
        awaitActive(null, Duration.ofSeconds(30));

        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicLong lastAckedSentAt = new AtomicLong(); // when the last acknowledged command was (last) sent
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(Thread.ofPlatform().start(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String commandId = "c" + client + "-" + n;
                    int parts = 1 + n % 3;
                    while (true) {
                        Node target = active();
                        long sentAt = System.nanoTime();
                        String answer = target == null ? "NONE" : target.send(commandId, commandId, parts);
                        if (answer.equals("ACK") || answer.equals("DUP")) {
                            acknowledged.put(commandId, parts);
                            lastAckedSentAt.accumulateAndGet(sentAt, Math::max);
                            break;
                        }
                        retries.incrementAndGet();
                        if (stop.get() && answer.equals("NONE")) {
                            return; // no node to finish it on; it was never acknowledged
                        }
                        sleep(50);
                    }
                }
            }));
        }

        List<Long> takeoverMillis = new ArrayList<>();
        List<Long> promotionMillis = new ArrayList<>();
        List<Long> resumedMillis = new ArrayList<>();
        int every = Math.max(1, CYCLES / Math.max(1, PROMOTIONS));
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            restartFailedStarts();
            // Work on the active node before it is hit: each client about 10 commands (polled, not slept).
            awaitAcknowledged(acknowledged, acknowledged.size() + 10 * CLIENTS, Duration.ofSeconds(20));
            if (cycle % every == every / 2 && promotionMillis.size() < PROMOTIONS) {
                rebuild.get(3, TimeUnit.MINUTES); // the standby streams again: nothing acknowledged is on one server only
                String dying = PostgresPair.currentPrimary();
                String promoted = PostgresPair.other(dying);
                long killStarted = System.nanoTime();
                PostgresPair.kill(dying);
                long deadAt = System.nanoTime();
                PostgresPair.promote(promoted);
                long promotedAt = System.nanoTime();
                long rebuildStarted = System.nanoTime();
                rebuild = CompletableFuture.runAsync(() -> {
                    PostgresPair.rebuildStandby();
                    System.out.printf("  %s rebuilt as the standby of %s: synchronous again %d ms after the promotion%n",
                            dying, promoted, (System.nanoTime() - rebuildStarted) / 1_000_000);
                }, command -> Thread.ofPlatform().name("rebuild-standby").start(command));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (lastAckedSentAt.get() < deadAt) {
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("no command acknowledged within 30 s of the promotion of " + promoted);
                    }
                    sleep(5);
                }
                long resumed = (System.nanoTime() - deadAt) / 1_000_000;
                promotionMillis.add((promotedAt - deadAt) / 1_000_000);
                resumedMillis.add(resumed);
                System.out.printf("promotion %d before cycle %d: %s killed (immediate stop, %d ms), %s promoted %d ms"
                                + " later, first command acknowledged %d ms after the death (acknowledged so far: %d)%n",
                        promotionMillis.size(), cycle + 1, dying, (deadAt - killStarted) / 1_000_000, promoted,
                        promotionMillis.getLast(), resumed, acknowledged.size());
            }
            Node victim = awaitActive(null, Duration.ofSeconds(30));
            boolean kill = cycle % 2 == 0;
            long before = System.nanoTime();
            if (kill) {
                victim.process.destroyForcibly();
                victim.active = false;
            } else {
                victim.paused = true;
                signal("STOP", victim);
            }
            Node next = awaitActive(victim, Duration.ofSeconds(30));
            long millis = (Math.max(next.activeSinceNanos, before) - before) / 1_000_000;
            takeoverMillis.add(millis);
            System.out.printf("cycle %2d: %s %s, %s took over in %d ms (acknowledged so far: %d)%n", cycle + 1,
                    kill ? "SIGKILL" : "SIGSTOP", victim.id, next.id, millis, acknowledged.size());
            if (kill) {
                victim.process.waitFor(10, TimeUnit.SECONDS);
                launchNode(); // its start (a JVM, the replay) overlaps the next cycle: the other standby covers it
            } else {
                victim.active = false; // it was taken over; it says so again if it ever takes the lease back
                signal("CONT", victim); // it wakes with a lease that is no longer its own
                victim.paused = false;
            }
        }
        awaitAcknowledged(acknowledged, acknowledged.size() + 10 * CLIENTS, Duration.ofSeconds(20));
        stop.set(true);
        for (Thread client : clients) {
            client.join(30_000);
        }
        rebuild.get(3, TimeUnit.MINUTES);
        synchronized (nodes) {
            nodes.stream().filter(node -> !node.replaced).forEach(StandbyChaosTest::awaitReady); // every replacement started
        }

        Map<String, Integer> recordedParts = new HashMap<>();
        Map<String, Integer> expectedParts = new HashMap<>();
        List<Long> rowEpochs = new ArrayList<>();
        Map<Long, String> epochHolders = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            connection.setSchema(settings.schema());
            try (ResultSet rs = statement.executeQuery("SELECT payload, epoch FROM journal_event ORDER BY seq")) {
                while (rs.next()) {
                    var payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1));
                    String commandId = payload.get("commandId").asText();
                    recordedParts.merge(commandId, 1, Integer::sum);
                    expectedParts.put(commandId, payload.get("of").asInt());
                    rowEpochs.add(rs.getLong(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT epoch, node_id FROM journal_epoch")) {
                while (rs.next()) {
                    assertThat(epochHolders.put(rs.getLong(1), rs.getString(2))).as("epoch granted once").isNull();
                }
            }
        }
        List<String> lost = acknowledged.keySet().stream().filter(id -> !recordedParts.containsKey(id)).sorted().toList();
        List<String> twice = recordedParts.entrySet().stream()
                .filter(e -> e.getValue() > expectedParts.get(e.getKey())).map(Map.Entry::getKey).sorted().toList();
        List<String> partial = recordedParts.entrySet().stream()
                .filter(e -> e.getValue() < expectedParts.get(e.getKey())).map(Map.Entry::getKey).sorted().toList();
        List<Long> sorted = takeoverMillis.stream().sorted().toList();
        List<Long> promotions = promotionMillis.stream().sorted().toList();
        List<Long> resumes = resumedMillis.stream().sorted().toList();
        System.out.printf("chaos: %d cycles, %d promotions, %d commands acknowledged, %d retries, %d rows, %d epochs;"
                        + " lost %d, twice %d, partial %d; takeover p50 %d ms, max %d ms; promotion p50 %d ms, max %d ms;"
                        + " first command after the primary's death p50 %d ms, max %d ms%n", CYCLES, promotions.size(),
                acknowledged.size(), retries.get(), rowEpochs.size(), epochHolders.size(), lost.size(), twice.size(),
                partial.size(), sorted.get(sorted.size() / 2), sorted.getLast(), promotions.get(promotions.size() / 2),
                promotions.getLast(), resumes.get(resumes.size() / 2), resumes.getLast());

        assertThat(lost).as("acknowledged commands missing from the journal").isEmpty();
        assertThat(twice).as("commands recorded twice").isEmpty();
        assertThat(partial).as("commands recorded in part").isEmpty();
        assertThat(rowEpochs).as("every row appended under a lease").doesNotContainNull().isSorted();
        assertThat(epochHolders.keySet()).as("the rows' epochs were granted").containsAll(rowEpochs);
        assertThat(epochHolders).as("one epoch per takeover at least").hasSizeGreaterThan(CYCLES);
        assertThat(acknowledged).as("the clients got work done").hasSizeGreaterThan(CYCLES * 10);
        assertThat(sorted.getLast()).as("every takeover within 10 s").isLessThan(10_000);
        assertThat(promotions).as("database promotions").hasSize(PROMOTIONS);

        // Synchronous replication: the standby rebuilt after the last promotion has every row the primary has.
        String standby = PostgresPair.portOf(PostgresPair.other(PostgresPair.currentPrimary()));
        String count = "SELECT count(*) FROM " + settings.schema() + ".journal_event";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!PostgresPair.query(standby, count).equals(String.valueOf(rowEpochs.size()))
                && System.nanoTime() < deadline) {
            sleep(20); // replayed shortly after it is flushed there
        }
        assertThat(PostgresPair.query(standby, count)).as("rows on the standby").isEqualTo(String.valueOf(rowEpochs.size()));
    }

    private static void awaitAcknowledged(Map<String, Integer> acknowledged, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged.size() + " commands acknowledged of " + count
                        + " expected within " + within.toSeconds() + " s");
            }
            sleep(5);
        }
    }

    /**
     * A node starting while the database fails over may find no primary and exit (its schema check fails), as a
     * {@code larm serve} would; its supervisor starts it again, and so does this test.
     */
    private void restartFailedStarts() throws IOException {
        List<Node> failed;
        synchronized (nodes) {
            failed = nodes.stream().filter(node -> !node.replaced && node.ready.isCompletedExceptionally()).toList();
        }
        for (Node node : failed) {
            node.replaced = true;
            Node again = launchNode();
            System.out.printf("  %s exited while starting (see %s); %s started in its place%n", node.id,
                    logs().resolve(node.id + ".err"), again.id);
        }
    }

    private void startNode() throws Exception {
        awaitReady(launchNode());
    }

    private Node launchNode() throws IOException {
        Node node = new Node("node-" + nodeNumbers.incrementAndGet());
        synchronized (nodes) {
            nodes.add(node);
        }
        return node;
    }

    private static void awaitReady(Node node) {
        try {
            node.ready.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("node " + node.id + " did not start; see " + logs().resolve(node.id + ".err"), e);
        }
    }

    /** The nodes' standard error, kept after the test (target/chaos-nodes). */
    private static Path logs() {
        Path logs = Path.of("target", "chaos-nodes");
        try {
            java.nio.file.Files.createDirectories(logs);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return logs;
    }

    private Node active() {
        synchronized (nodes) {
            return nodes.stream().filter(Node::usable).max(java.util.Comparator.comparingLong(n -> n.activeSinceNanos))
                    .orElse(null);
        }
    }

    /** The active node other than {@code not}, once there is one. */
    private Node awaitActive(Node not, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Node node = active();
            if (node != null && node != not) {
                return node;
            }
            sleep(5);
        }
        synchronized (nodes) {
            for (Node node : nodes) {
                if (node.process.isAlive()) {
                    try {
                        new ProcessBuilder("jcmd", Long.toString(node.process.pid()), "Thread.print")
                                .redirectOutput(logs().resolve(node.id + ".threads").toFile()).start().waitFor(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // no thread dump then
                    }
                }
            }
        }
        throw new AssertionError("no node became active within " + within);
    }

    private static void signal(String signal, Node node) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(node.process.pid())).inheritIO().start().waitFor();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
