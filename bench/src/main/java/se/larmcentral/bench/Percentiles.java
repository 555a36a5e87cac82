package se.larmcentral.bench;

import java.util.Arrays;

/** Latency samples of a whole-run benchmark, in nanoseconds, and their percentiles. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(long[] samplesNanos) {
        this.sorted = samplesNanos.clone();
        Arrays.sort(sorted);
    }

    /** The q-quantile (0..1) by the nearest-rank method, in milliseconds. */
    public double millis(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public int count() {
        return sorted.length;
    }
}
