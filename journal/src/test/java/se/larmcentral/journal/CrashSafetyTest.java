package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.larmcentral.core.Recorded;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A child JVM writes under load and is killed with SIGKILL at a random moment, 12 times per database. After each kill the
 * journal must hold every acknowledged command's events, in order, and no command only in part.
 */
class CrashSafetyTest {

    /**
     * 12 in the suite (each kill starts a JVM: 20 per database took two to three minutes of the suite's twenty);
     * more for a longer hunt: {@code -Dlarm.crashKills=100}.
     */
    private static final int KILLS = Integer.getInteger("larm.crashKills", 12);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyAcknowledgedCommandSurvivesSigkill(TestDatabases.Kind kind) throws Exception {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        try (JournalDatabase ignored = JournalDatabase.open(settings)) {
            // creates the schema before the first child starts
        }
        Random random = new Random(20171223L);
        Map<String, Integer> acknowledged = new HashMap<>();
        int totalAcks = 0;
        for (int run = 0; run < KILLS; run++) {
            List<String> acks = runAndKill(settings, "r" + run, 150 + random.nextInt(600));
            for (String ack : acks) {
                String[] parts = ack.split(" ");
                acknowledged.put(parts[1], Integer.parseInt(parts[2]));
            }
            totalAcks += acks.size();
            verify(settings, acknowledged, run);
        }
        assertThat(totalAcks).as("commands acknowledged across %d kills", KILLS).isGreaterThan(KILLS * 10);
    }

    private List<String> runAndKill(JournalSettings settings, String runId, int killAfterMillis) throws Exception {
        Path errors = dir.resolve("child-" + runId + ".err");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), settings.jdbcUrl(), settings.user(), settings.password(),
                settings.schema() == null ? "-" : settings.schema(), runId)
                .redirectError(errors.toFile())
                .start();
        List<String> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            if (!"READY".equals(first)) {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
                fail("the child JVM did not start (first line: " + first + "); its standard error:\n"
                        + String.join("\n", Files.readAllLines(errors)));
            }
            Thread killer = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(killAfterMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sigkill(child); // not destroyForcibly(): it closes our end of the pipe, losing acks already written
            });
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acks.add(line);
                }
            }
            killer.join();
        }
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("exit status of a SIGKILLed JVM").isEqualTo(137);
        return acks;
    }

    private static void sigkill(Process child) {
        try {
            new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).inheritIO().start().waitFor();
        } catch (Exception e) {
            child.destroyForcibly();
        }
    }

    private static void verify(JournalSettings settings, Map<String, Integer> acknowledged, int run) {
        try (JournalDatabase db = JournalDatabase.open(settings);
             var loop = new CommandLoop<>(new JdbcJournal(db), new EventCodec().register(TestEvent.class), TestState::new,
                     Clock.systemUTC(), new SimpleMeterRegistry(), db.settings().maxBatch()).start()) {
            List<Recorded> events = loop.read(state -> List.copyOf(state.events));
            // sequence numbers run 1..n without gaps (replay checks it too)
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).sequence()).isEqualTo(i + 1);
            }
            // every command present is present whole, its parts consecutive and in order
            Map<String, Integer> seenParts = new HashMap<>();
            for (int i = 0; i < events.size(); ) {
                TestEvent.Part part = (TestEvent.Part) events.get(i).event();
                assertThat(part.index()).as("run %d: first part of %s at seq %d", run, part.commandId(), i + 1).isZero();
                for (int k = 0; k < part.of(); k++) {
                    assertThat(i + k).as("run %d: command %s cut short", run, part.commandId()).isLessThan(events.size());
                    TestEvent.Part next = (TestEvent.Part) events.get(i + k).event();
                    assertThat(next.commandId()).isEqualTo(part.commandId());
                    assertThat(next.index()).isEqualTo(k);
                }
                assertThat(seenParts.put(part.commandId(), part.of())).as("command %s recorded twice", part.commandId()).isNull();
                i += part.of();
            }
            for (Map.Entry<String, Integer> ack : acknowledged.entrySet()) {
                assertThat(seenParts).as("run %d: acknowledged command %s", run, ack.getKey())
                        .containsEntry(ack.getKey(), ack.getValue());
            }
        }
    }
}
