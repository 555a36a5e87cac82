package se.larmcentral.centre.process;

import se.larmcentral.centre.CareCalls;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.time.WallClockScheduler;
import se.larmcentral.journal.JournalSettings;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The centre {@link CareCallCrashTest} kills: takes a care call to a priority; its process stops before the incident
 * step, prints {@code BETWEEN <callId>} and waits to be killed. Argument: the H2 journal's folder.
 */
public final class CareCallCrashChild {

    private CareCallCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        Clock clock = Clock.systemUTC();
        Centre centre = Centre.open(JournalSettings.h2File(Path.of(args[0])), Centre.Setup.defaults(clock, List.of()));
        centre.startProcesses(new WallClockScheduler(clock), (callId, step) -> {
            if (step instanceof CreateCareIncident) {
                out.println("BETWEEN " + callId);
                sleepForever();
            }
        });
        CareCalls.classifiedCare(centre, "CALL-1", Instant.now().minusSeconds(60));
        out.println("CLASSIFIED");
        CareCalls.interviewToPriority(centre, "CALL-1", new Random(7));
        sleepForever();
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
