package se.larmcentral.alarms.figures;

import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.core.SwedishTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the figures per customer are computed from, kept bounded: the times of the latest {@link #KEPT} cases, and
 * per customer the signals received (link tests aside) counted per Swedish day.
 */
public final class FigureLog {

    /** How many of the latest cases are kept for the figures. */
    public static final int KEPT = 100_000;

    /** The customer key of signals and cases from an account that belongs to no object. */
    public static final String NO_CUSTOMER = "";

    private final Map<String, CaseTimes> cases = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CaseTimes> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<String, TreeMap<LocalDate, Long>> received = new HashMap<>();

    /** A signal other than a link test from the customer's object (null: an account of no object). */
    public void received(String customerId, Instant at) {
        received.computeIfAbsent(customerId == null ? NO_CUSTOMER : customerId, c -> new TreeMap<>())
                .merge(LocalDate.ofInstant(at, SwedishTime.ZONE), 1L, Long::sum);
    }

    /** A case event recorded at {@code at}. */
    public void apply(AlarmEvent event, Instant at) {
        switch (event) {
            case AlarmEvent.AlarmCaseOpened o -> cases.put(o.caseId(), new CaseTimes(o.caseId(), o.customerId(),
                    o.receivedAt(), null, null, null));
            case AlarmEvent.AlarmCaseTaken t -> cases.computeIfPresent(t.caseId(), (id, c) -> c.taken(at));
            case AlarmEvent.AlarmCaseClosed c -> cases.computeIfPresent(c.caseId(), (id, k) -> k.closed(at, c.reason()));
            default -> {
            }
        }
    }

    public List<CaseTimes> cases() {
        return List.copyOf(cases.values());
    }

    /** Signals received per customer, per Swedish day. */
    public Map<String, Map<LocalDate, Long>> receivedPerDay() {
        Map<String, Map<LocalDate, Long>> copy = new HashMap<>();
        received.forEach((c, days) -> copy.put(c, new TreeMap<>(days)));
        return copy;
    }
}
