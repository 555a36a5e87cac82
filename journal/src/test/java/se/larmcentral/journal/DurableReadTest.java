package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;
import se.larmcentral.core.UnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads during a commit: they neither wait for it nor see its events before it is durable. The commit is held
 * open by a journal whose appends wait at a gate the test opens.
 */
class DurableReadTest {

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** An in-memory journal whose appends wait until the test lets them through, one permit per append. */
    private static final class GatedJournal implements Journal {
        final InMemoryJournal store = new InMemoryJournal();
        final Semaphore permits = new Semaphore(0);
        final CountDownLatch appendWaiting = new CountDownLatch(1);

        @Override
        public void append(List<StoredEvent> rows) {
            appendWaiting.countDown();
            permits.acquireUninterruptibly();
            store.append(rows);
        }

        @Override
        public List<StoredEvent> readAfter(long afterSequence, int limit) {
            return store.readAfter(afterSequence, limit);
        }

        @Override
        public long forEachAfter(long afterSequence, Consumer<StoredEvent> sink) {
            return store.forEachAfter(afterSequence, sink);
        }

        @Override
        public long lastSequence() {
            return store.lastSequence();
        }

        @Override
        public boolean isReachable() {
            return store.isReachable();
        }

        @Override
        public WriterLock lockWriter() {
            return store.lockWriter();
        }

        @Override
        public void close() {
            store.close();
        }
    }

    private static CommandLoop<TestState> loop(Journal journal, ReadVisibility visibility) {
        return new CommandLoop<>(journal, new EventCodec().register(TestEvent.class), TestState::new,
                Clock.systemUTC(), new SimpleMeterRegistry(), 512, visibility).start();
    }

    @Test
    void aReadDuringACommitAnswersAtOnceWithoutTheUncommittedEvents() throws Exception {
        GatedJournal journal = new GatedJournal();
        try (CommandLoop<TestState> loop = loop(journal, ReadVisibility.AFTER_COMMIT)) {
            CompletableFuture<Long> answer = loop.submit(OPERATOR, TestState.write("a", 2));
            assertThat(journal.appendWaiting.await(5, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> loop.read(state -> state.events.size()));
            assertThat(read.get(1, TimeUnit.SECONDS)).as("events visible while the commit is in progress").isZero();
            assertThat(answer).isNotDone();

            journal.permits.release();
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(2L);
            assertThat(commandIds(loop)).as("read after the acknowledgement")
                    .containsExactly("a");
        }
    }

    /** The baseline the benchmark compares with: there, a read does wait for the commit. */
    @Test
    void withTheLockHeldThroughTheCommitAReadWaitsForIt() throws Exception {
        GatedJournal journal = new GatedJournal();
        try (CommandLoop<TestState> loop = loop(journal, ReadVisibility.LOCKED_THROUGH_COMMIT)) {
            CompletableFuture<Long> answer = loop.submit(OPERATOR, TestState.write("a", 2));
            assertThat(journal.appendWaiting.await(5, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> loop.read(state -> state.events.size()));
            Thread.sleep(300);
            assertThat(read).as("a read while the commit is in progress").isNotDone();

            journal.permits.release();
            assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(2L);
        }
    }

    @Test
    void laterCommandsInABatchSeeEarlierOnesAndSubscribersReadWhatTheyAreTold() throws Exception {
        GatedJournal journal = new GatedJournal();
        List<String> problems = new CopyOnWriteArrayList<>();
        List<Long> told = new CopyOnWriteArrayList<>();
        try (CommandLoop<TestState> loop = loop(journal, ReadVisibility.AFTER_COMMIT)) {
            loop.subscribe(committed -> {
                long last = committed.getLast().recorded().sequence();
                int visible = loop.read(state -> state.events.size());
                if (visible < last) {
                    problems.add("told of " + last + " while reads showed " + visible);
                }
                committed.forEach(c -> told.add(c.recorded().sequence()));
            });
            CompletableFuture<Long> first = loop.submit(OPERATOR, TestState.write("x", 1));
            assertThat(journal.appendWaiting.await(5, TimeUnit.SECONDS)).isTrue();
            // these queue behind the held commit and are decided together in the next batch
            List<CompletableFuture<Long>> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(loop.submit(OPERATOR, TestState.write(i % 2 == 0 ? "x" : "y", 1)));
            }
            journal.permits.release(2);
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1L);
            long refused = batch.stream().filter(f -> f.handle((ok, error) -> error != null).join()).count();
            assertThat(refused).as("x was taken before; y by the first y of the batch").isEqualTo(9);
            assertThat(commandIds(loop)).containsExactly("x", "y");
            // submitters are answered before subscribers are told: wait for the second batch's telling
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (told.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(told).containsExactly(1L, 2L);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void aFailedCommitRefusesReadsUntilTheStateIsRebuiltAndLosesNothingAcknowledged() throws Exception {
        InMemoryJournal journal = new InMemoryJournal();
        try (CommandLoop<TestState> loop = loop(journal, ReadVisibility.AFTER_COMMIT)) {
            loop.execute(OPERATOR, TestState.write("before", 2), WAIT);
            journal.setReachable(false);
            assertThatThrownBy(() -> loop.execute(OPERATOR, TestState.write("during", 1), WAIT))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("journal database is unavailable");
            assertThat(loop.isRecovering()).isTrue();
            assertThat(loop.isReady()).isFalse();
            assertThatThrownBy(() -> loop.read(state -> state.events.size())).isInstanceOf(UnavailableException.class);

            journal.setReachable(true);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!loop.isReady() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(loop.isReady()).isTrue();
            loop.execute(OPERATOR, TestState.write("after", 1), WAIT);
            assertThat(commandIds(loop)).containsExactly("before", "after");
            assertThat(journal.lastSequence()).isEqualTo(3);
        }
    }

    private static List<String> commandIds(CommandLoop<TestState> loop) {
        return loop.read(state -> List.copyOf(state.commandIds));
    }
}
