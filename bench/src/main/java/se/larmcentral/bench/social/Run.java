package se.larmcentral.bench.social;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./larm bench social}: the social routing decision (indexed) beside the linear-scan baseline in the
 * same run, sample-time mode; prints median and p99 of each and their ratio.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder()
                .include(SocialRouteBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(4))
                .measurementIterations(4).measurementTime(TimeValue.seconds(5))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double[] indexed = null;
        double[] baseline = null;
        for (RunResult r : results) {
            var stats = r.getPrimaryResult().getStatistics();
            double[] figures = {stats.getPercentile(50), stats.getPercentile(99), stats.getN()};
            if (r.getParams().getBenchmark().endsWith("indexedDecision")) {
                indexed = figures;
            } else {
                baseline = figures;
            }
        }
        if (indexed == null || baseline == null) {
            throw new IllegalStateException("a benchmark did not run");
        }
        System.out.println();
        System.out.println("Social routing decision: 290 municipalities, extended agreements, a year of 8-hour shifts each");
        System.out.printf("%-28s %14s %14s %12s%n", "", "median (us)", "p99 (us)", "samples");
        System.out.printf("%-28s %14.3f %14.3f %12.0f%n", "indexed (SocialRouter)", indexed[0] / 1000, indexed[1] / 1000, indexed[2]);
        System.out.printf("%-28s %14.3f %14.3f %12.0f%n", "baseline (linear scan)", baseline[0] / 1000, baseline[1] / 1000, baseline[2]);
        System.out.printf("%-28s %14.1fx %13.1fx%n", "baseline / indexed", baseline[0] / indexed[0], baseline[1] / indexed[1]);
        System.out.printf("target: median < 5 us, p99 < 50 us -> %s%n",
                indexed[0] < 5000 && indexed[1] < 50000 ? "met" : "NOT met");
    }
}
