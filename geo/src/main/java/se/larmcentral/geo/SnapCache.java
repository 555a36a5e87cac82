package se.larmcentral.geo;

import se.larmcentral.core.GeoPoint;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers where positions snapped to the road graph. Snapping costs about 10 µs a position with
 * GraphHopper's location index, the search for 200 units well under a millisecond: without the cache a
 * recommendation would spend most of its time matching the same station and parking positions to the same
 * roads again. The graph never changes while it is open, so an entry never goes stale; the cache holds at
 * most {@link #MAX_ENTRIES} positions and starts afresh when full (moving units fill it with positions that
 * are not asked again).
 */
final class SnapCache {

    static final int MAX_ENTRIES = 50_000;

    private final ConcurrentHashMap<GeoPoint, SnappedPosition> entries = new ConcurrentHashMap<>();
    private final Function<GeoPoint, SnappedPosition> snapper;

    SnapCache(Function<GeoPoint, SnappedPosition> snapper) {
        this.snapper = snapper;
    }

    SnappedPosition snap(GeoPoint point) {
        SnappedPosition known = entries.get(point);
        if (known != null) {
            return known;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        SnappedPosition snapped = snapper.apply(point);
        entries.put(point, snapped);
        return snapped;
    }

    int size() {
        return entries.size();
    }
}
