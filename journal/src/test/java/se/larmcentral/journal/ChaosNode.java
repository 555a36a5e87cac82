package se.larmcentral.journal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.Decision;
import se.larmcentral.core.DomainEvent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of {@link StandbyChaosTest}: a command loop on the shared PostgreSQL journal, taking commands on standard
 * input ({@code CMD key commandId parts}) and answering each on standard output: {@code ACK key}, {@code DUP key}
 * (the key was already recorded), {@code NOTACTIVE key}, {@code FAIL key reason}. It says {@code ROLE active epoch}
 * or {@code ROLE standby} when its role changes. Arguments: jdbcUrl user password schema nodeId leaseMillis renewMillis.
 */
public final class ChaosNode {

    private ChaosNode() {
    }

    /** Records {@code parts} events for the command, without checking whether it was recorded before: only the key guards it. */
    static Command<TestState, Long> append(String commandId, int parts) {
        return (state, now) -> {
            List<DomainEvent> events = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                events.add(new TestEvent.Part(commandId, i, parts));
            }
            return Decision.of((long) parts, events);
        };
    }

    public static void main(String[] args) throws Exception {
        JournalSettings settings = new JournalSettings(args[0], args[1], args[2], args[3], 512, Duration.ofSeconds(2));
        ClusterSettings cluster = ClusterSettings.defaults().withNode(args[4], "http://" + args[4])
                .withTimes(Duration.ofMillis(Long.parseLong(args[5])), Duration.ofMillis(Long.parseLong(args[6])));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        JdbcJournal journal = new JdbcJournal(JournalDatabase.open(settings), cluster);
        CommandLoop<TestState> loop = new CommandLoop<>(journal, new EventCodec().register(TestEvent.class),
                TestState::new, Clock.systemUTC(), new SimpleMeterRegistry(), 512);
        loop.onRoleChange(active -> say(out, active ? "ROLE active " + loop.epoch() : "ROLE standby"));
        loop.start();
        say(out, "READY");
        if (loop.isActive()) {
            say(out, "ROLE active " + loop.epoch());
        }
        Actor actor = Actor.person("chaos-client");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] parts = line.split(" ");
            String key = parts[1];
            loop.submit(actor, append(parts[2], Integer.parseInt(parts[3])), key).whenComplete((result, error) -> {
                if (error == null) {
                    say(out, "ACK " + key);
                } else if (error instanceof AlreadyRecordedException) {
                    say(out, "DUP " + key);
                } else if (error instanceof NotActiveException) {
                    say(out, "NOTACTIVE " + key);
                } else {
                    say(out, "FAIL " + key + " " + error.getClass().getSimpleName());
                }
            });
        }
    }

    private static void say(PrintStream out, String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
