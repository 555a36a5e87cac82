package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import se.larmcentral.core.GeoPoint;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SnapCacheTest {

    @Test
    void aPositionIsSnappedOnceAndTheCacheStartsAfreshWhenFull() {
        AtomicInteger snapped = new AtomicInteger();
        SnapCache cache = new SnapCache(point -> {
            snapped.incrementAndGet();
            return SnappedPosition.NO_ROAD;
        });
        GeoPoint station = new GeoPoint(59.3098, 18.0519);

        cache.snap(station);
        cache.snap(new GeoPoint(59.3098, 18.0519));
        assertThat(snapped).hasValue(1);

        for (int i = 0; i < SnapCache.MAX_ENTRIES; i++) {
            cache.snap(new GeoPoint(59 + i * 1e-6, 18));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(SnapCache.MAX_ENTRIES);
        cache.snap(station);
        assertThat(snapped).hasValue(SnapCache.MAX_ENTRIES + 2);
    }
}
