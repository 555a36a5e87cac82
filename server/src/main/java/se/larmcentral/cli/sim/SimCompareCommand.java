package se.larmcentral.cli.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.sim.Policy;
import se.larmcentral.sim.Replications;
import se.larmcentral.sim.Scenario;
import se.larmcentral.sim.SimResult;
import se.larmcentral.sim.Summary;
import se.larmcentral.sim.file.ReportWriter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/** {@code larm sim compare SCENARIO --policies a,b --replications R}: policies on common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run several policies on the same seeds (common random numbers) and print, per priority, each",
                "policy's figures and the difference to the first policy with its 95 % confidence interval."})
public final class SimCompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--policies", required = true, split = ",",
            description = "Two or more policies, the first the baseline: closest-idle, closest-idle-no-redirection, dmexclp, compliance-table.")
    List<String> policies;

    @Option(names = "--out", description = "Folder for one report per policy, in a sub-folder named after it (default sim-out/SCENARIO-compare-seedS).")
    Path out;

    private void progress(String line) {
        spec.commandLine().getErr().println("larm sim: " + line);
        spec.commandLine().getErr().flush();
    }

    @Override
    public Integer call() {
        if (policies.size() < 2) {
            throw new InvalidInputException("--policies", "name at least two policies, separated by commas");
        }
        Scenario scenario = options.read(this::progress);
        List<Policy> chosen = policies.stream().map(p -> Policy.named("--policies", p.strip(), scenario)).toList();
        List<List<SimResult>> runs = new ArrayList<>();
        for (Policy policy : chosen) {
            runs.add(Replications.run(scenario, policy, options.length(), options.seed, options.replications(),
                    line -> progress(line)));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < chosen.size(); i++) {
            SimRunCommand.print(out, scenario, runs.get(i));
            out.printf(Locale.ROOT, "move-up moves: %.1f per replication%n",
                    runs.get(i).stream().mapToLong(SimResult::moves).average().orElse(0));
            out.println();
        }
        out.println("Differences to " + chosen.getFirst().name() + " (paired replications, 95 % CI):");
        for (int priority = 1; priority <= 4; priority++) {
            int p = priority;
            if (runs.getFirst().stream().allMatch(r -> Summary.responses(r, p).length == 0)) {
                continue;
            }
            for (int i = 1; i < chosen.size(); i++) {
                Summary.Estimate p90 = Replications.difference(runs.getFirst(), runs.get(i),
                        r -> Summary.quantile(Summary.responses(r, p), 0.9) / 60);
                Summary.Estimate mean = Replications.difference(runs.getFirst(), runs.get(i),
                        r -> Arrays.stream(Summary.responses(r, p)).average().orElse(Double.NaN) / 60);
                String within = "-";
                if (scenario.targets().containsKey(p)) {
                    double limit = scenario.targets().get(p).toMillis() / 1000.0;
                    ToDoubleFunction<SimResult> share = r -> {
                        double[] s = Summary.responses(r, p);
                        return 100.0 * Arrays.stream(s).filter(x -> x <= limit).count() / s.length;
                    };
                    within = Replications.difference(runs.getFirst(), runs.get(i), share).signed("%.2f") + " points";
                }
                out.printf(Locale.ROOT, "priority %d, %s: mean %s min, p90 %s min, within target %s%n", p,
                        chosen.get(i).name(), mean.signed("%.2f"), p90.signed("%.2f"), within);
            }
        }
        // the reports last: the figures above are printed even if a report cannot be written
        out.flush();
        Path folder = this.out != null ? this.out : Path.of("sim-out", options.stem() + "-compare-seed" + options.seed);
        out.println();
        for (int i = 0; i < chosen.size(); i++) {
            out.println("report (" + chosen.get(i).name() + "): "
                    + ReportWriter.write(folder.resolve(chosen.get(i).name()), scenario, runs.get(i)).toAbsolutePath());
        }
        out.flush();
        return 0;
    }
}
