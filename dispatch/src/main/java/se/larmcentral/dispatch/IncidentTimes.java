package se.larmcentral.dispatch;

import se.larmcentral.core.Elapsed;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The timestamps of one case. Each milestone keeps its first occurrence (the first unit alerted, the first on
 * scene), which is what response-time statistics count.
 */
public final class IncidentTimes {

    private final EnumMap<Milestone, Instant> times;

    private IncidentTimes(EnumMap<Milestone, Instant> times) {
        this.times = times;
    }

    static IncidentTimes of(Instant queued, Instant priorityDecided) {
        EnumMap<Milestone, Instant> map = new EnumMap<>(Milestone.class);
        map.put(Milestone.QUEUED, queued);
        map.put(Milestone.PRIORITY_DECIDED, priorityDecided);
        return new IncidentTimes(map);
    }

    /** A copy with {@code milestone} set to {@code at}, unless it was already set. */
    IncidentTimes withFirst(Milestone milestone, Instant at) {
        if (times.containsKey(milestone)) {
            return this;
        }
        EnumMap<Milestone, Instant> copy = new EnumMap<>(times);
        copy.put(milestone, at);
        return new IncidentTimes(copy);
    }

    public Optional<Instant> get(Milestone milestone) {
        return Optional.ofNullable(times.get(milestone));
    }

    public boolean has(Milestone milestone) {
        return times.containsKey(milestone);
    }

    /** Every milestone reached so far, in milestone order. */
    public Map<Milestone, Instant> asMap() {
        return Collections.unmodifiableMap(times);
    }

    /**
     * Response time (insatstid) by the Swedish definition since 2016: first unit on scene minus the moment the
     * call entered the queue. Empty until a unit is on scene.
     */
    public Optional<Duration> responseTime() {
        return get(Milestone.ON_SCENE).map(onScene -> Elapsed.between(times.get(Milestone.QUEUED), onScene));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidentTimes other && times.equals(other.times);
    }

    @Override
    public int hashCode() {
        return times.hashCode();
    }

    @Override
    public String toString() {
        return times.toString();
    }
}
