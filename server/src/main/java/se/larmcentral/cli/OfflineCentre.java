package se.larmcentral.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.larmcentral.core.Actor;
import se.larmcentral.core.UnavailableException;
import se.larmcentral.server.LarmServer;
import se.larmcentral.centre.dispatch.ServiceRegion;
import se.larmcentral.alarms.AlarmLog;
import se.larmcentral.centre.Centre;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;
import se.larmcentral.server.TriageSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import se.larmcentral.demo.DemoData;

/**
 * The stored centre opened by a command-line tool (not a server): replays the journal of the configured centre so
 * the tool can read its state or submit commands as the user running it. The embedded H2 journal can be open in
 * one process at a time: with a centre running on it, the tool says so and stops.
 */
public final class OfflineCentre {

    private OfflineCentre() {
    }

    /** Settings from {@code --config FILE} when given, else the demo's (./data under the repository). */
    public static Settings settings(Path config) {
        if (config != null) {
            return SettingsLoader.load(config, System.getenv());
        }
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        Path home = Path.of(System.getProperty("larm.home", ".")).toAbsolutePath().normalize();
        environment.putIfAbsent("LARM_DATA_DIR", home.resolve("data").toString());
        return SettingsLoader.load(null, environment);
    }

    public static Centre open(Settings settings) {
        try {
            // The demo's part is registered too: the tools read the demo's stored centre by default.
            return Centre.open(LarmServer.journalSettings(settings), setup(settings));
        } catch (UnavailableException e) {
            throw inUse(settings, e);
        }
    }

    /**
     * The stored centre for a tool that records commands: refused while a centre runs on the same journal (the
     * journal has one writer, and the running centre's state would not see the change until it restarts).
     */
    public static Centre openToWrite(Settings settings) {
        RunningCentre.find(settings).ifPresent(running -> {
            throw new UnavailableException("a centre is running on this journal (" + running.url() + "); the"
                    + " journal has one writer: make the change there (the console, or the API with an API token)"
                    + " or stop the centre first", null);
        });
        return open(settings);
    }

    /**
     * How a tool sets up the stored centre. The demo's part is registered too: the tools read the demo's centre by
     * default; and the alarms' events, which a server records whenever its alarm receiving runs.
     */
    public static Centre.Setup setup(Settings settings) {
        return new Centre.Setup(Clock.systemUTC(), new SimpleMeterRegistry(), () -> TriageSettings.config(settings.triage()),
                Duration.ofMillis(settings.http().commandTimeoutMillis()), List.of(DemoData.EXTENSION,
                AlarmLog.EXTENSION),
                ServiceRegion.unchecked(), se.larmcentral.config.ContractSettings.terms(settings.contract()));
    }

    /** An embedded journal a running centre holds, said so; any other failure as it was. */
    public static UnavailableException inUse(Settings settings, UnavailableException e) {
        if (String.valueOf(e.getMessage()).contains("already in use") || String.valueOf(e.getMessage()).contains("locked")) {
            return new UnavailableException("the journal under " + settings.dataDir() + " is in use by a running"
                    + " centre; stop it, or use the centre's HTTP API", e);
        }
        return e;
    }

    /** Who acts when a person runs a tool: the operating-system user. */
    public static Actor user() {
        return Actor.person(System.getProperty("user.name", "cli"));
    }
}
