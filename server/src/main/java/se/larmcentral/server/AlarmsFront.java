package se.larmcentral.server;

import se.larmcentral.alarms.receiver.AlarmReceiver;
import se.larmcentral.alarms.receiver.AlarmSettings;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.time.Scheduler;
import se.larmcentral.config.Settings;

import java.util.List;
import java.util.Optional;

/**
 * The alarm receiving front as the assembly runs it: started only when {@code alarms.enabled}, and guarded, so that
 * a front that cannot start (its port taken, an account's key missing) leaves the console running and is reported
 * as degraded on /health and /ready instead of stopping the centre.
 */
final class AlarmsFront implements AutoCloseable {

    /** Not started (yet). */
    static final AlarmsFront OFF = new AlarmsFront(null, null);

    private final AlarmReceiver receiver;
    private final String problem;

    private AlarmsFront(AlarmReceiver receiver, String problem) {
        this.receiver = receiver;
        this.problem = problem;
    }

    static AlarmsFront start(Settings.Alarms settings, Centre centre, Scheduler scheduler) {
        AlarmSettings checked = settings.checked();
        if (!checked.enabled()) {
            System.out.println("alarms: off (alarms.enabled)");
            return OFF;
        }
        try {
            AlarmReceiver receiver = AlarmReceiver.start(checked, centre, scheduler);
            System.out.println(receiver.describe());
            return new AlarmsFront(receiver, null);
        } catch (RuntimeException e) {
            String problem = "alarms: not running: " + e.getMessage();
            System.err.println(problem + " (the console runs on; /health reports it)");
            return new AlarmsFront(null, problem);
        }
    }

    /** What is degraded: the reason the front did not start, or nothing. */
    List<String> degraded() {
        return problem == null ? List.of() : List.of(problem);
    }

    Optional<AlarmReceiver> running() {
        return Optional.ofNullable(receiver);
    }

    @Override
    public void close() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
