package se.larmcentral.sim;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one or more replications of a run: per priority the response-time statistics against the target,
 * each with a 95 % confidence interval over the replications (Student's t; none for one replication).
 */
public final class Summary {

    private Summary() {
    }

    /** A mean over replications and the half-width of its 95 % confidence interval (NaN with one replication). */
    public record Estimate(double mean, double halfWidth) {

        public static Estimate of(double[] samples) {
            double mean = Arrays.stream(samples).average().orElse(Double.NaN);
            if (samples.length < 2) {
                return new Estimate(mean, Double.NaN);
            }
            double variance = Arrays.stream(samples).map(x -> (x - mean) * (x - mean)).sum() / (samples.length - 1);
            return new Estimate(mean, studentT95(samples.length - 1) * Math.sqrt(variance / samples.length));
        }

        /** The mean with its sign ({@code +1.23 ± 0.45}), for a difference. */
        public String signed(String format) {
            String mean = String.format(java.util.Locale.ROOT, "%+" + format.substring(1), this.mean);
            return Double.isNaN(halfWidth) ? mean : mean + " ± " + String.format(java.util.Locale.ROOT, format, halfWidth);
        }

        public String text(String format) {
            return Double.isNaN(halfWidth) ? String.format(java.util.Locale.ROOT, format, mean)
                    : String.format(java.util.Locale.ROOT, format + " ± " + format, mean, halfWidth);
        }
    }

    /**
     * Response times of one priority. Seconds; {@code withinTarget} is a fraction (NaN without a target).
     */
    public record PriorityFigures(int priority, Duration target, Estimate count, Estimate meanSeconds,
                                  Estimate medianSeconds, Estimate p90Seconds, Estimate withinTarget) {
    }

    public static List<PriorityFigures> byPriority(List<SimResult> replications, Map<Integer, Duration> targets) {
        List<PriorityFigures> figures = new ArrayList<>();
        for (int priority = 1; priority <= 4; priority++) {
            int r = replications.size();
            double[] count = new double[r];
            double[] mean = new double[r];
            double[] median = new double[r];
            double[] p90 = new double[r];
            double[] within = new double[r];
            boolean any = false;
            Duration target = targets.get(priority);
            for (int i = 0; i < r; i++) {
                double[] responses = responses(replications.get(i), priority);
                count[i] = responses.length;
                if (responses.length == 0) {
                    mean[i] = median[i] = p90[i] = within[i] = Double.NaN;
                    continue;
                }
                any = true;
                mean[i] = Arrays.stream(responses).average().orElseThrow();
                median[i] = quantile(responses, 0.5);
                p90[i] = quantile(responses, 0.9);
                within[i] = target == null ? Double.NaN
                        : Arrays.stream(responses).filter(s -> s <= target.toMillis() / 1000.0).count() / (double) responses.length;
            }
            if (any) {
                figures.add(new PriorityFigures(priority, target, Estimate.of(count), Estimate.of(mean),
                        Estimate.of(median), Estimate.of(p90), Estimate.of(within)));
            }
        }
        return figures;
    }

    /** Response times in seconds of the incidents of a priority that were reached, sorted. */
    public static double[] responses(SimResult result, int priority) {
        return result.incidents().stream().filter(i -> i.priority() == priority && i.response() != null)
                .mapToDouble(i -> i.response().toMillis() / 1000.0).sorted().toArray();
    }

    /** The q-quantile of sorted values (nearest rank). */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Per hour of the day (local), the priority's mean and 90th percentile response in seconds and the call count. */
    public record HourFigures(int hour, long calls, double meanSeconds, double p90Seconds) {
    }

    public static List<HourFigures> byHourOfDay(List<SimResult> replications, int priority, ZoneId zone) {
        Map<Integer, List<Double>> byHour = new TreeMap<>();
        long[] calls = new long[24];
        for (SimResult result : replications) {
            for (IncidentOutcome i : result.incidents()) {
                int hour = i.call().atZone(zone).getHour();
                calls[hour]++;
                if (i.priority() == priority && i.response() != null) {
                    byHour.computeIfAbsent(hour, h -> new ArrayList<>()).add(i.response().toMillis() / 1000.0);
                }
            }
        }
        List<HourFigures> figures = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            double[] sorted = byHour.getOrDefault(hour, List.of()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            figures.add(new HourFigures(hour, calls[hour] / replications.size(),
                    Arrays.stream(sorted).average().orElse(Double.NaN), quantile(sorted, 0.9)));
        }
        return figures;
    }

    /** Utilisation (busy ÷ in service) per unit, mean over the replications, in fleet order. */
    public static Map<String, Double> utilisationByUnit(List<SimResult> replications) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (String unit : replications.getFirst().unitUse().keySet()) {
            result.put(unit, replications.stream().mapToDouble(r -> r.unitUse().get(unit).utilisation()).average().orElse(0));
        }
        return result;
    }

    /** Utilisation per station: its units' busy time ÷ their time in service. */
    public static Map<String, Double> utilisationByStation(List<SimResult> replications) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (SimResult r : replications) {
            for (SimResult.UnitUse use : r.unitUse().values()) {
                double[] sum = sums.computeIfAbsent(use.stationId(), s -> new double[2]);
                sum[0] += use.busy().toMillis();
                sum[1] += use.inService().toMillis();
            }
        }
        Map<String, Double> result = new LinkedHashMap<>();
        sums.forEach((station, sum) -> result.put(station, sum[1] == 0 ? 0 : sum[0] / sum[1]));
        return result;
    }

    /** Two-sided 95 % quantile of Student's t with {@code df} degrees of freedom (table to 30, then the normal). */
    static double studentT95(int df) {
        double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
                2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
                2.048, 2.045, 2.042};
        return df <= table.length ? table[df - 1] : 1.96 + 2.5 / df;
    }
}
