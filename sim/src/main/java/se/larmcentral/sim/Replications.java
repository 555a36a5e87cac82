package se.larmcentral.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a scenario R times with independent seeds derived from one ({@link RandomStreams#replicationSeed}): the same
 * seeds for every policy, so that policies are compared on common random numbers.
 */
public final class Replications {

    private Replications() {
    }

    public static List<SimResult> run(Scenario scenario, Policy policy, Duration length, long seed, int replications,
                                      Consumer<String> progress) {
        List<SimResult> results = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            int number = r + 1;
            long replicationSeed = RandomStreams.replicationSeed(seed, r);
            results.add(new Simulation(scenario, policy, replicationSeed).run(length,
                    line -> progress.accept(policy.name() + ", replication " + number + " of " + replications + ": " + line)));
        }
        return results;
    }

    /**
     * The difference b − a of a figure over paired replications (same seeds), as a mean with its 95 % interval.
     */
    public static Summary.Estimate difference(List<SimResult> a, List<SimResult> b,
                                              java.util.function.ToDoubleFunction<SimResult> figure) {
        double[] differences = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            differences[i] = figure.applyAsDouble(b.get(i)) - figure.applyAsDouble(a.get(i));
        }
        return Summary.Estimate.of(differences);
    }
}
