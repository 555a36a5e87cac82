package se.larmcentral.journal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.LoggerFactory;
import se.larmcentral.core.Actor;
import se.larmcentral.core.UnavailableException;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * The process {@link CleanStopTest} stops with SIGTERM, as Ctrl-C does: writes from a few threads, printing
 * {@code ACK <id>} for each acknowledged command, with the journal's shutdown hook registered as a centre does.
 * Logs at INFO, so that every warning shows. Arguments: jdbcUrl user password schema(or "-").
 */
public final class StopChild {

    private StopChild() {
    }

    public static void main(String[] args) throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        ((Logger) LoggerFactory.getLogger(CommandLoop.class)).setLevel(Level.INFO);
        String schema = args[3].equals("-") ? null : args[3];
        JournalSettings settings = new JournalSettings(args[0], args[1], args[2], schema, 512, Duration.ofSeconds(2));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        Journal journal = new JdbcJournal(JournalDatabase.open(settings));
        CommandLoop<TestState> loop = new CommandLoop<>(journal, new EventCodec().register(TestEvent.class),
                TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), settings.maxBatch()).start();
        new JournalShutdown(loop, journal).closeOnExit();
        synchronized (out) {
            out.println("READY");
            out.flush();
        }
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    for (int i = 0; ; i++) {
                        String id = thread + "-" + i;
                        loop.execute(Actor.person("load-" + thread), TestState.write(id, 1), Duration.ofSeconds(30));
                        synchronized (out) {
                            out.println("ACK " + id);
                            out.flush();
                        }
                    }
                } catch (UnavailableException stopped) {
                    // the loop is stopping: this command was not recorded, and was not acknowledged
                }
            });
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
