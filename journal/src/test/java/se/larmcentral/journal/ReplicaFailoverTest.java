package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's own failover: the journal on a PostgreSQL primary with a synchronous streaming replica, reached by
 * a multi-host URL. The primary dies (immediate stop) while commands are being written, the replica is promoted,
 * and the command loop (its outage handling) goes on on the new primary; every acknowledged command is there.
 * Prints the time from the primary's death to the first command written after it. Restores the pair at the end.
 */
class ReplicaFailoverTest {

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void everyAcknowledgedCommandIsOnThePromotedReplicaAndTheJournalGoesOn() throws Exception {
        PostgresPair.ensure();
        assertThat(PostgresPair.query(PostgresPair.PRIMARY_PORT, "SHOW synchronous_standby_names"))
                .as("every commit waits for the replica").isEqualTo("*");
        assertThat(PostgresPair.query(PostgresPair.REPLICA_PORT, "SELECT pg_is_in_recovery()")).isEqualTo("t");
        JournalSettings settings = new JournalSettings(PostgresPair.url(), TestDatabases.PG_USER,
                TestDatabases.PG_PASSWORD, "t_" + UUID.randomUUID().toString().replace("-", ""), 512, Duration.ofSeconds(2));
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong primaryDeadAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong firstAfterDeath = new AtomicLong(-1);
        try {
            try (JournalDatabase db = JournalDatabase.open(settings);
                 var loop = new CommandLoop<>(new JdbcJournal(db), new EventCodec().register(TestEvent.class),
                         TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), db.settings().maxBatch()).start()) {
                AtomicBoolean writing = new AtomicBoolean(true);
                Thread writer = Thread.ofPlatform().name("failover-writer").start(() -> {
                    for (int i = 0; writing.get(); i++) {
                        long submittedAt = System.nanoTime();
                        try {
                            loop.execute(OPERATOR, TestState.write("c-" + i, 2), WAIT);
                            acknowledged.add("c-" + i);
                            if (submittedAt > primaryDeadAt.get()) {
                                firstAfterDeath.compareAndSet(-1, System.nanoTime() - primaryDeadAt.get());
                            }
                        } catch (RuntimeException e) {
                            refused.incrementAndGet(); // not acknowledged: it may or may not be recorded
                            sleepQuietly(20);
                        }
                    }
                });
                waitFor(() -> acknowledged.size() >= 100, Duration.ofSeconds(30), "100 commands before the failover");

                long killStarted = System.nanoTime();
                PostgresPair.killPrimary();
                primaryDeadAt.set(System.nanoTime());
                PostgresPair.promoteReplica();
                long promotedAt = System.nanoTime();
                waitFor(() -> firstAfterDeath.get() >= 0, Duration.ofSeconds(60), "a command written on the promoted replica");
                int before = acknowledged.size();
                waitFor(() -> acknowledged.size() >= before + 100, Duration.ofSeconds(30), "100 more commands after the failover");
                writing.set(false);
                writer.join();
                System.out.printf("replica failover: immediate stop took %d ms; primary dead -> replica promoted %d ms;"
                                + " primary dead -> first command written %d ms; %d commands acknowledged, %d refused meanwhile%n",
                        (primaryDeadAt.get() - killStarted) / 1_000_000, (promotedAt - primaryDeadAt.get()) / 1_000_000,
                        firstAfterDeath.get() / 1_000_000, acknowledged.size(), refused.get());
            }

            // A fresh reader on the new primary: every acknowledged command, each once and whole.
            try (JournalDatabase db = JournalDatabase.open(settings);
                 var loop = new CommandLoop<>(new JdbcJournal(db), new EventCodec().register(TestEvent.class),
                         TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 1).start()) {
                Set<String> recorded = loop.read(state -> Set.copyOf(state.commandIds));
                List<String> parts = loop.read(state -> state.events.stream()
                        .map(r -> ((TestEvent.Part) r.event()).commandId()).toList());
                assertThat(recorded).containsAll(acknowledged);
                assertThat(parts).hasSize(recorded.size() * 2);
                assertThat(db.isReachable()).isTrue();
            }
        } finally {
            PostgresPair.ensure(); // the pair back for the next run: the old primary again, the replica rebuilt
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration limit, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + limit.toSeconds() + " s");
            }
            Thread.sleep(10);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
