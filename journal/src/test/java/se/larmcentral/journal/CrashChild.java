package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.core.Actor;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * The process {@link CrashSafetyTest} kills: submits commands from many threads as fast as it can and prints
 * {@code ACK <id> <parts>} for each one the journal acknowledged, until it is killed.
 * Arguments: jdbcUrl user password schema(or "-") runId.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String schema = args[3].equals("-") ? null : args[3];
        JournalSettings settings = new JournalSettings(args[0], args[1], args[2], schema, 512, Duration.ofSeconds(2));
        String runId = args[4];
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        JournalDatabase db = JournalDatabase.open(settings);
        CommandLoop<TestState> loop = new CommandLoop<>(new JdbcJournal(db, ClusterSettings.defaults()
                .withTimes(Duration.ofSeconds(1), Duration.ofMillis(200))), new EventCodec().register(TestEvent.class),
                TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), db.settings().maxBatch()).start();
        while (!loop.isActive()) {
            Thread.sleep(20); // PostgreSQL: the killed child's lease runs out first (a standby until then)
        }
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        for (int t = 0; t < 16; t++) {
            int thread = t;
            Thread.ofPlatform().start(() -> {
                for (int i = 0; ; i++) {
                    String id = runId + "-" + thread + "-" + i;
                    int parts = 1 + (i % 4);
                    loop.execute(Actor.person("load-" + thread), TestState.write(id, parts), Duration.ofSeconds(30));
                    synchronized (out) {
                        out.println("ACK " + id + " " + parts);
                        out.flush();
                    }
                }
            });
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
