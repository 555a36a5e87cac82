package se.larmcentral.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run's changing count of free units per station into {@link StationIdle} spans: a span opens when a
 * station's count rises from zero and closes when it falls back to zero (or at the end of the run).
 */
final class StationIdleLog {

    private final List<String> stationIds;
    private final Instant[] openSince;
    private final List<StationIdle> spans = new ArrayList<>();

    StationIdleLog(List<String> stationIds) {
        this.stationIds = List.copyOf(stationIds);
        this.openSince = new Instant[stationIds.size()];
    }

    /** The free units per station (in the order of the ids given) from {@code now} on. */
    void observe(Instant now, int[] freePerStation) {
        for (int s = 0; s < openSince.length; s++) {
            boolean idle = freePerStation[s] > 0;
            if (idle && openSince[s] == null) {
                openSince[s] = now;
            } else if (!idle && openSince[s] != null) {
                close(s, now);
            }
        }
    }

    /** Closes the open spans at {@code end}; the spans in the order they closed. */
    List<StationIdle> finish(Instant end) {
        for (int s = 0; s < openSince.length; s++) {
            if (openSince[s] != null) {
                close(s, end.isBefore(openSince[s]) ? openSince[s] : end);
            }
        }
        return List.copyOf(spans);
    }

    private void close(int s, Instant at) {
        if (at.isAfter(openSince[s])) {
            spans.add(new StationIdle(stationIds.get(s), openSince[s], at));
        }
        openSince[s] = null;
    }
}
