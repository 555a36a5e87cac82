package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.Actor;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A child JVM writing under load is stopped with SIGTERM (what Ctrl-C runs: the shutdown hooks). It must exit
 * promptly, print no warning or error on the way (the writer stopped before the pool, H2 compacted by us and not
 * closed under us by its own hook), and leave a journal that reopens with every acknowledged command.
 */
class CleanStopTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void sigtermClosesTheJournalCleanlyKeepingEveryAcknowledgedCommand(TestDatabases.Kind kind) throws Exception {
        JournalSettings settings = TestDatabases.fresh(kind, dir);
        Path errors = dir.resolve("child.err");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StopChild.class.getName(), settings.jdbcUrl(), settings.user(), settings.password(),
                settings.schema() == null ? "-" : settings.schema())
                .redirectError(errors.toFile())
                .start();
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            if (!"READY".equals(first)) {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
                fail("the child JVM did not start (first line: " + first + "); its standard error:\n"
                        + String.join("\n", Files.readAllLines(errors)));
            }
            Thread stopper = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                child.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
            });
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            stopper.join();
        }
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child exited after SIGTERM").isTrue();
        assertThat(child.exitValue()).as("exit status after SIGTERM with the hooks run").isEqualTo(143);

        List<String> log = Files.readAllLines(errors);
        List<String> problems = log.stream()
                .filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception")).toList();
        assertThat(problems).as("warnings and errors in the child's log, which was:%n%s", String.join("\n", log)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no H2 trace file (its own error log)")
                    .noneMatch(name -> name.endsWith(".trace.db"));
        }
        assertThat(acknowledged).as("commands acknowledged before the stop").hasSizeGreaterThan(10);

        try (JournalDatabase db = JournalDatabase.open(settings);
             CommandLoop<TestState> loop = new CommandLoop<>(new JdbcJournal(db), new EventCodec().register(TestEvent.class),
                     TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 512).start()) {
            List<String> recorded = loop.read(state -> new ArrayList<>(state.commandIds));
            assertThat(recorded).containsAll(acknowledged);
        }
    }

    @Test
    void aNormalStopCompactsTheEmbeddedJournalWithoutAWarning() throws Exception {
        JournalSettings settings = TestDatabases.fresh(TestDatabases.Kind.H2, dir);
        Path file = dir.resolve("journal.mv.db");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        long grown;
        try {
            JdbcJournal journal = new JdbcJournal(JournalDatabase.open(settings));
            CommandLoop<TestState> loop = new CommandLoop<>(journal, new EventCodec().register(TestEvent.class),
                    TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 512).start();
            try (JournalShutdown shutdown = new JournalShutdown(loop, journal)) {
                for (int i = 0; i < 200; i++) {
                    loop.execute(Actor.person("operator-1"), TestState.write("c" + i, 1), Duration.ofSeconds(10));
                }
                grown = Files.size(file);
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).as("warnings and errors on close")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
        assertThat(Files.size(file)).as("the file after SHUTDOWN COMPACT, beside %d bytes before", grown)
                .isLessThan(grown / 2);
    }
}
