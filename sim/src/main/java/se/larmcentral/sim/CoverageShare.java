package se.larmcentral.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time-weighted coverage: for each demand point, the share of a time window in which at least one station that
 * covers it (reaches it within its target: {@code covers[station][point]}) had a free unit. A sweep over the
 * stations' idle spans, counting per point how many covering stations are idle.
 */
public final class CoverageShare {

    private CoverageShare() {
    }

    /**
     * @param stationIds the stations in the order of {@code covers}' rows; spans of other stations are ignored
     * @param covers     [station][demand point]: the station reaches the point within its target
     * @param idle       the stations' idle spans (any order; spans of one station must not overlap)
     * @return the share (0-1) of [{@code from}, {@code to}) each point was covered, in the order of covers' columns
     */
    public static double[] of(List<String> stationIds, boolean[][] covers, List<StationIdle> idle, Instant from,
                              Instant to) {
        int points = covers.length == 0 ? 0 : covers[0].length;
        double[] share = new double[points];
        long window = Duration.between(from, to).toNanos();
        if (window <= 0 || points == 0) {
            return share;
        }
        Map<String, int[]> coveredBy = new HashMap<>();
        for (int s = 0; s < stationIds.size(); s++) {
            List<Integer> list = new ArrayList<>();
            for (int p = 0; p < points; p++) {
                if (covers[s][p]) {
                    list.add(p);
                }
            }
            coveredBy.put(stationIds.get(s), list.stream().mapToInt(Integer::intValue).toArray());
        }
        // +1 at a span's start, -1 at its end (clipped to the window); ends before starts at one instant
        List<Change> changes = new ArrayList<>();
        for (StationIdle span : idle) {
            int[] covered = coveredBy.get(span.stationId());
            Instant start = span.from().isBefore(from) ? from : span.from();
            Instant end = span.to().isAfter(to) ? to : span.to();
            if (covered == null || !end.isAfter(start)) {
                continue;
            }
            changes.add(new Change(start, +1, covered));
            changes.add(new Change(end, -1, covered));
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::delta));
        int[] count = new int[points];
        Instant[] since = new Instant[points];
        long[] coveredNanos = new long[points];
        for (Change c : changes) {
            for (int p : c.points()) {
                if (c.delta() > 0 && count[p]++ == 0) {
                    since[p] = c.at();
                } else if (c.delta() < 0 && --count[p] == 0) {
                    coveredNanos[p] += Duration.between(since[p], c.at()).toNanos();
                }
            }
        }
        for (int p = 0; p < points; p++) {
            share[p] = Math.min(1.0, (double) coveredNanos[p] / window);
        }
        return share;
    }

    private record Change(Instant at, int delta, int[] points) {
    }
}
