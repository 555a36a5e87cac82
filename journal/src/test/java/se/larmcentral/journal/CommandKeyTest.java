package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import se.larmcentral.core.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyed commands: recorded once, also after a restart; a key is remembered for {@link CommandLoop#KEY_WINDOW}. */
class CommandKeyTest {

    private static final Actor OPERATOR = Actor.person("operator-1");
    private static final EventCodec CODEC = new EventCodec().register(TestEvent.class);

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T18:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aKeyIsRecordedOnceAcrossARestartAndForgottenAfterTheWindow() throws Exception {
        InMemoryJournal journal = new InMemoryJournal();
        MovableClock clock = new MovableClock();
        CommandLoop<TestState> loop = new CommandLoop<>(journal, CODEC, TestState::new, clock, new SimpleMeterRegistry(), 16).start();
        loop.execute(OPERATOR, ChaosNode.append("c1", 2), "key-1", Duration.ofSeconds(5));
        loop.execute(OPERATOR, ChaosNode.append("c0", 1), null, Duration.ofSeconds(5));
        assertThatThrownBy(() -> loop.execute(OPERATOR, ChaosNode.append("c1", 2), "key-1", Duration.ofSeconds(5)))
                .isInstanceOf(AlreadyRecordedException.class)
                .hasMessage("the command with key 'key-1' was already recorded (events 1..2)");
        loop.close();

        CommandLoop<TestState> restarted = new CommandLoop<>(journal, CODEC, TestState::new, clock,
                new SimpleMeterRegistry(), 16).start();
        assertThatThrownBy(() -> restarted.execute(OPERATOR, ChaosNode.append("c1", 2), "key-1", Duration.ofSeconds(5)))
                .as("the keys are replayed with the journal").isInstanceOf(AlreadyRecordedException.class);
        assertThat(restarted.recorded("key-1")).contains(new CommandKey("key-1", 1, 2));

        clock.now = clock.now.plus(CommandLoop.KEY_WINDOW).plusSeconds(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (restarted.recorded("key-1").isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(50); // forgotten at the loop's next heartbeat (about a second)
        }
        assertThat(restarted.recorded("key-1")).isEmpty();
        restarted.execute(OPERATOR, ChaosNode.append("c1", 2), "key-1", Duration.ofSeconds(5));
        assertThat(restarted.<List<String>>read(state -> state.events.stream()
                .map(e -> ((TestEvent.Part) e.event()).commandId()).toList())).containsExactly("c1", "c1", "c0", "c1", "c1");
        restarted.close();
    }

    @Test
    void twoSubmissionsWithOneKeyInOneBatchAreRecordedOnce() {
        InMemoryJournal journal = new InMemoryJournal();
        try (CommandLoop<TestState> loop = new CommandLoop<>(journal, CODEC, TestState::new, Clock.systemUTC(),
                new SimpleMeterRegistry(), 64).start()) {
            var first = loop.submit(OPERATOR, ChaosNode.append("c1", 1), "same");
            var second = loop.submit(OPERATOR, ChaosNode.append("c1", 1), "same");
            long recorded = java.util.stream.Stream.of(first, second).filter(f -> {
                try {
                    f.get(5, java.util.concurrent.TimeUnit.SECONDS);
                    return true;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(AlreadyRecordedException.class);
                    return false;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).count();
            assertThat(recorded).isEqualTo(1);
            assertThat(journal.lastSequence()).isEqualTo(1);
        }
    }
}
