package se.larmcentral.server;

import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.centre.Centre;
import se.larmcentral.config.Settings;
import se.larmcentral.telephony.SipFront;
import se.larmcentral.telephony.TelephonySettings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The telephony front as the assembly runs it: started only when {@code telephony.enabled}, and guarded, so that a
 * front that cannot start (its port taken, its address not this machine's) leaves the console running and is
 * reported as degraded on /health and /ready instead of stopping the centre.
 */
final class TelephonyFront implements AutoCloseable {

    /** Not started (yet). */
    static final TelephonyFront OFF = new TelephonyFront(null, null);

    private final SipFront front;
    private final String problem;

    private TelephonyFront(SipFront front, String problem) {
        this.front = front;
        this.problem = problem;
    }

    static TelephonyFront start(Settings.Telephony settings, Centre centre, Clock clock, MunicipalityLookup lookup) {
        TelephonySettings checked = settings.checked();
        if (!checked.enabled()) {
            System.out.println("telephony: off (telephony.enabled)");
            return OFF;
        }
        try {
            SipFront front = SipFront.start(checked, centre, clock, lookup);
            System.out.println("telephony: " + front.describe());
            return new TelephonyFront(front, null);
        } catch (RuntimeException e) {
            String problem = "telephony: not running: " + e.getMessage();
            System.err.println(problem + " (the console runs on; /health reports it)");
            return new TelephonyFront(null, problem);
        }
    }

    /** What is degraded: the reason the front did not start, or nothing. */
    List<String> degraded() {
        return problem == null ? List.of() : List.of(problem);
    }

    Optional<SipFront> running() {
        return Optional.ofNullable(front);
    }

    @Override
    public void close() {
        if (front != null) {
            front.close();
        }
    }
}
