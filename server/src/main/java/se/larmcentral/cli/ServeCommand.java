package se.larmcentral.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.server.LarmServer;
import se.larmcentral.config.JdbcUrls;
import se.larmcentral.config.Settings;
import se.larmcentral.config.SettingsLoader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code larm serve --config FILE}: runs a centre until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run a centre with the settings in FILE (YAML), each overridable by a LARM_... environment variable.",
                "Without --config, the built-in defaults apply (embedded storage under ./data, port 8112)."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML); see larmcentral.example.yaml")
    Path config;

    @Override
    public Integer call() throws InterruptedException {
        return run(SettingsLoader.load(config, System.getenv()), "Larmcentral");
    }

    static int run(Settings settings, String what) throws InterruptedException {
        LarmServer server = LarmServer.start(settings, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String host = settings.http().host().equals("0.0.0.0") ? "localhost" : settings.http().host();
        System.out.println(what + " is running at http://" + host + ":" + server.port() + "/");
        System.out.println("  operator console: http://" + host + ":" + server.port() + "/console/");
        System.out.println("  journal: " + JdbcUrls.withoutSecrets(LarmServer.journalSettings(settings).jdbcUrl())
                + " (" + server.centre().loop().lastSequence() + " events)");
        System.out.println("  API: http://" + host + ":" + server.port() + "/openapi.json   stop with Ctrl-C");
        if (settings.http().host().equals("0.0.0.0") && settings.http().allowedHosts().isEmpty()) {
            System.out.println("  serving the network, but only requests naming localhost are answered: list the names"
                    + " this centre is reached by in http.allowedHosts (LARM_HTTP_ALLOWED_HOSTS='[larm.example.se]')");
        }
        stopped.await();
        return 0;
    }
}
