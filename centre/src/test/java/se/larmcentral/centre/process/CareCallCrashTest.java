package se.larmcentral.centre.process;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.calls.CaseLinkKind;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.time.VirtualScheduler;
import se.larmcentral.journal.JournalSettings;
import se.larmcentral.journal.StoredEvent;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre killed (SIGKILL) between the steps of a care call's process, after the assessment has its priority and
 * before the incident exists: the next centre on the same journal resumes the process, and the assessment and the
 * incident each exist exactly once, also after a further restart.
 */
class CareCallCrashTest {

    @TempDir
    Path dir;

    @Test
    void aCentreKilledBetweenTheStepsResumesTheProcessAndMakesEachStepOnce() throws Exception {
        Path journal = dir.resolve("journal");
        Path output = dir.resolve("child.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CareCallCrashChild.class.getName(), journal.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            waitFor(output, "BETWEEN CALL-1", Duration.ofSeconds(90), child);
        } finally {
            new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).inheritIO().start().waitFor();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        JournalSettings settings = JournalSettings.h2File(journal);
        try (Centre stopped = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            boolean decided = stopped.read(s -> s.triage().assessment("CALL-1").orElseThrow().decided());
            assertThat(decided).as("the priority was durable before the kill").isTrue();
            boolean incident = stopped.read(s -> s.dispatch().incident("INC-CALL-1").isPresent());
            assertThat(incident).as("no incident before the restart").isFalse();
        }
        try (Centre restarted = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            restarted.startProcesses(new VirtualScheduler(Instant.now()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean made = false;
            while (!made && System.nanoTime() < deadline) {
                made = restarted.read(s -> s.dispatch().incident("INC-CALL-1").isPresent());
                Thread.sleep(20);
            }
            assertThat(made).as("the resumed process made the incident").isTrue();
        }
        try (Centre again = Centre.open(settings, Centre.Setup.defaults(Clock.systemUTC(), List.of()))) {
            again.startProcesses(new VirtualScheduler(Instant.now()));
            again.<Void>execute(CallProcesses.ACTOR, (state, now) -> se.larmcentral.core.Decision.of(null)); // waits for the resume
            List<StoredEvent> rows = again.journal().readAfter(0, 100_000);
            assertThat(count(rows, "triage.AssessmentStarted")).as("assessments started").isEqualTo(1);
            assertThat(count(rows, "dispatch.IncidentCreated")).as("incidents created").isEqualTo(1);
            long links = again.read(s -> s.calls().requireCall("callId", "CALL-1").links().stream()
                    .filter(l -> l.kind() == CaseLinkKind.DISPATCH_INCIDENT).count());
            assertThat(links).as("incident links on the call").isEqualTo(1);
        }
    }

    private static long count(List<StoredEvent> rows, String type) {
        return rows.stream().filter(row -> row.type().equals(type) && row.payload().contains("CALL-1")).count();
    }

    private static void waitFor(Path output, String line, Duration timeout, Process child) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(output) && Files.readString(output, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child stopped before '" + line + "':\n" + Files.readString(output));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + line + "' within " + timeout + ":\n" + Files.readString(output));
    }
}
