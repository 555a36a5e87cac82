package se.larmcentral.bench.events;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./larm bench events}: the centre's check of every event's values over one call's life (eight events) beside
 * the JSON encoding of the same events (baseline: what the journal costs each event anyway), sample-time mode;
 * prints median and p99 of each and their ratio.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder()
                .include(EventCheckBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(3))
                .measurementIterations(4).measurementTime(TimeValue.seconds(4))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double[] check = null;
        double[] encode = null;
        for (RunResult r : results) {
            var stats = r.getPrimaryResult().getStatistics();
            double[] figures = {stats.getPercentile(50), stats.getPercentile(99), stats.getN()};
            if (r.getParams().getBenchmark().endsWith("checkCallLife")) {
                check = figures;
            } else {
                encode = figures;
            }
        }
        if (check == null || encode == null) {
            throw new IllegalStateException("a benchmark did not run");
        }
        System.out.println();
        System.out.println("Event values check (EventValues) over one call's life, 8 events with a civic address");
        System.out.printf(Locale.ROOT, "%-32s %14s %14s %12s%n", "", "median (us)", "p99 (us)", "samples");
        System.out.printf(Locale.ROOT, "%-32s %14.3f %14.3f %12.0f%n", "check (EventValues)", check[0] / 1000,
                check[1] / 1000, check[2]);
        System.out.printf(Locale.ROOT, "%-32s %14.3f %14.3f %12.0f%n", "baseline: JSON encoding", encode[0] / 1000,
                encode[1] / 1000, encode[2]);
        System.out.printf(Locale.ROOT, "%-32s %14.2fx %13.2fx%n", "check / encoding", check[0] / encode[0],
                check[1] / encode[1]);
    }
}
