package se.larmcentral.cli.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.larmcentral.sim.Policy;
import se.larmcentral.sim.Replications;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.SimResult;
import se.larmcentral.sim.Summary;
import se.larmcentral.sim.file.ReportWriter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code larm sim run SCENARIO --policy P --days N --seed S [--replications R] [--out DIR]}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate a scenario on the product's dispatch engine; progress on stderr, the figures on stdout,",
                "every incident in DIR/incidents.csv and a one-file report with charts in DIR/report.html."})
public final class SimRunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--policy",
            description = {"closest-idle (the recommender's first unit, redirections as it ranks them), closest-idle-no-redirection,",
                    "dmexclp (closest-idle with move-up by DMEXCLP) or compliance-table (move-up by the scenario's table);",
                    "default: the scenario's 'policy', else closest-idle."})
    String policy;

    @Option(names = "--out", description = "Folder for the report (default sim-out/SCENARIO-POLICY-seedS).")
    Path out;

    private void progress(String line) {
        spec.commandLine().getErr().println("larm sim: " + line);
        spec.commandLine().getErr().flush();
    }

    @Override
    public Integer call() {
        Scenario scenario = options.read(this::progress);
        Policy chosen = Policy.named("--policy", policy != null ? policy.strip() : scenario.moveUp().policy(), scenario);
        long started = System.nanoTime();
        List<SimResult> results = Replications.run(scenario, chosen, options.length(), options.seed,
                options.replications(), line -> progress(line));
        double seconds = (System.nanoTime() - started) / 1e9;
        Path folder = out != null ? out : Path.of("sim-out", options.stem() + "-" + chosen.name() + "-seed" + options.seed);
        Path html = ReportWriter.write(folder, scenario, results);
        PrintWriter stdout = spec.commandLine().getOut();
        print(stdout, scenario, results);
        long events = results.stream().mapToLong(SimResult::events).sum();
        stdout.printf(Locale.ROOT, "%d events in %.1f s (%.0f events/s)%n", events, seconds, events / seconds);
        stdout.println("report: " + html.toAbsolutePath());
        stdout.println("incidents: " + folder.resolve("incidents.csv").toAbsolutePath());
        stdout.flush();
        return 0;
    }

    static void print(PrintWriter out, Scenario scenario, List<SimResult> results) {
        out.printf("%s, policy %s, %d replication(s) of %d days%n", scenario.name(), results.getFirst().policy(),
                results.size(), results.getFirst().length().toDays());
        out.println("priority  target  incidents     mean (min)       median (min)     p90 (min)        within target");
        for (Summary.PriorityFigures f : Summary.byPriority(results, scenario.targets())) {
            out.printf(Locale.ROOT, "%-9d %-7s %-13s %-16s %-16s %-16s %s%n", f.priority(),
                    f.target() == null ? "-" : f.target().toMinutes() + " min", f.count().text("%.0f"),
                    min(f.meanSeconds()), min(f.medianSeconds()), min(f.p90Seconds()),
                    Double.isNaN(f.withinTarget().mean()) ? "-"
                            : new Summary.Estimate(100 * f.withinTarget().mean(), 100 * f.withinTarget().halfWidth()).text("%.1f") + " %");
        }
    }

    private static String min(Summary.Estimate e) {
        return new Summary.Estimate(e.mean() / 60, e.halfWidth() / 60).text("%.2f");
    }
}
