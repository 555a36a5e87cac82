package se.larmcentral.sim;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against queueing theory: one station with c ambulances, Poisson calls, exponential busy time and no
 * travel is an M/M/c queue. Over 30 independent replications, the 99 % confidence interval of the waiting
 * probability and of the mean wait must hold Erlang C's values, and utilisation must equal λ × E[S] / c.
 */
class ErlangValidationTest {

    static final int SERVERS = 3;
    static final double CALLS_PER_HOUR = 2;
    static final double MEAN_SERVICE_S = 3600;
    static final int REPLICATIONS = 30;
    static final Duration LENGTH = Duration.ofDays(60);
    static final Duration WARM_UP = Duration.ofDays(1);
    /** Student's t, 29 degrees of freedom, two-sided 99 % (three intervals are checked at once). */
    static final double T29 = 2.756;

    @Test
    void waitingProbabilityMeanWaitAndUtilisationMatchErlangC() {
        double a = CALLS_PER_HOUR * MEAN_SERVICE_S / 3600;
        double erlangC = erlangC(SERVERS, a);
        double meanWaitS = erlangC / (SERVERS / MEAN_SERVICE_S - CALLS_PER_HOUR / 3600);
        assertThat(erlangC).isCloseTo(4.0 / 9, org.assertj.core.data.Offset.offset(1e-12));

        List<Double> waitProbability = new ArrayList<>();
        List<Double> meanWait = new ArrayList<>();
        List<Double> utilisation = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            Scenario scenario = TestScenarios.erlang(SERVERS, CALLS_PER_HOUR, MEAN_SERVICE_S);
            SimResult result = new Simulation(scenario, Policy.CLOSEST_IDLE, RandomStreams.replicationSeed(1234, r))
                    .run(LENGTH, s -> { });
            Instant from = scenario.start().plus(WARM_UP);
            List<IncidentOutcome> counted = result.incidents().stream().filter(i -> !i.call().isBefore(from)).toList();
            waitProbability.add(counted.stream().filter(i -> i.waitForUnit().isPositive()).count() / (double) counted.size());
            meanWait.add(counted.stream().mapToDouble(i -> i.waitForUnit().toNanos() / 1e9).average().orElseThrow());
            double busy = result.unitUse().values().stream().mapToDouble(u -> u.busy().toNanos() / 1e9).sum();
            double inService = result.unitUse().values().stream().mapToDouble(u -> u.inService().toNanos() / 1e9).sum();
            utilisation.add(busy / inService);
            // response time = wait here: no dispatch delay, turnout or travel
            assertThat(counted).allSatisfy(i -> assertThat(i.response()).isEqualTo(i.waitForUnit()));
        }
        boolean p = inInterval("waiting probability", waitProbability, erlangC);
        boolean w = inInterval("mean wait (s)", meanWait, meanWaitS);
        boolean u = inInterval("utilisation", utilisation, a / SERVERS);
        assertThat(List.of(p, w, u)).containsOnly(true);
    }

    private static boolean inInterval(String what, List<Double> samples, double expected) {
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = samples.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (samples.size() - 1);
        double half = T29 * Math.sqrt(variance / samples.size());
        System.out.printf("%s: %.4f ± %.4f (99 %% CI), Erlang C %.4f%n", what, mean, half, expected);
        assertThat(half).as("the interval is narrow enough to mean something").isLessThan(0.1 * expected);
        return expected >= mean - half && expected <= mean + half;
    }

    /** P(wait > 0) in an M/M/c queue with offered load a = λ/μ. */
    static double erlangC(int c, double a) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            if (k > 0) {
                term *= a / k;
            }
            sum += term;
        }
        double last = term * a / c * c / (c - a);
        return last / (sum + last);
    }
}
