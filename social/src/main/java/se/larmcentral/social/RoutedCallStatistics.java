package se.larmcentral.social;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.larmcentral.core.SwedishTime;

/** Routed calls counted per municipality, month (Swedish time) and outcome, from {@link CallRouted} events. */
public final class RoutedCallStatistics {

    private final Map<String, Map<YearMonth, long[]>> counts = new TreeMap<>();

    void count(CallRouted call) {
        YearMonth month = YearMonth.from(call.at().atZone(SwedishTime.ZONE));
        counts.computeIfAbsent(call.municipality(), k -> new TreeMap<>())
                .computeIfAbsent(month, k -> new long[Outcome.values().length])[call.outcome().ordinal()]++;
    }

    /** Adds another's counts to these (for a copy of the state). */
    void addAll(RoutedCallStatistics other) {
        other.counts.forEach((municipality, months) -> months.forEach((month, byOutcome) -> {
            long[] mine = counts.computeIfAbsent(municipality, k -> new TreeMap<>())
                    .computeIfAbsent(month, k -> new long[Outcome.values().length]);
            for (int i = 0; i < byOutcome.length; i++) {
                mine[i] += byOutcome[i];
            }
        }));
    }

    /**
     * Counts for months in [from, to] (inclusive), for one municipality or all ({@code municipality == null}),
     * ordered by municipality, month and outcome; outcomes with no calls are left out.
     */
    public List<MonthlyOutcomeCount> between(String municipality, YearMonth from, YearMonth to) {
        List<MonthlyOutcomeCount> out = new ArrayList<>();
        for (var byMunicipality : counts.entrySet()) {
            if (municipality != null && !municipality.equals(byMunicipality.getKey())) {
                continue;
            }
            for (var byMonth : byMunicipality.getValue().entrySet()) {
                if (byMonth.getKey().isBefore(from) || byMonth.getKey().isAfter(to)) {
                    continue;
                }
                for (Outcome o : Outcome.values()) {
                    long n = byMonth.getValue()[o.ordinal()];
                    if (n > 0) {
                        out.add(new MonthlyOutcomeCount(byMunicipality.getKey(), byMonth.getKey(), o, n));
                    }
                }
            }
        }
        return out;
    }
}
