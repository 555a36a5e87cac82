package se.larmcentral.journal;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Who holds a journal's writer lock: what a refused second writer is told. */
public record WriterHolder(String host, long processId, Instant since) {

    private static final String LOCAL_HOST = localHost(); // looked up once: it may ask DNS

    /** This process, from now. */
    public static WriterHolder thisProcess(Clock clock) {
        return new WriterHolder(LOCAL_HOST, ProcessHandle.current().pid(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)); // the databases keep microseconds
    }

    /** "the centre on host X (process N) since T". */
    public String describe() {
        return "the centre on host " + host + " (process " + processId + ") since " + since;
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown" : fromEnvironment;
        }
    }
}
