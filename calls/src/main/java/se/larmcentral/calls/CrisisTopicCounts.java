package se.larmcentral.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What people ask 113 13 about: the topics of calls classified as 113 13 information in a period, counted, so
 * that authorities see what the public wants to know. Topics are grouped ignoring case and surrounding spaces;
 * a group is named by its first spelling.
 */
public final class CrisisTopicCounts {

    /** One topic and how many calls asked about it. */
    public record TopicCount(String topic, int calls) {
    }

    private CrisisTopicCounts() {
    }

    /** Counts by the instant of classification, in {@code [from, to)}; most asked first, then by topic. */
    public static List<TopicCount> count(Iterable<Call> calls, Instant from, Instant to) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Call call : calls) {
            CallClassification c = call.classification();
            if (c == null || c.classification() != Classification.CRISIS_INFORMATION_113_13
                    || c.at().isBefore(from) || !c.at().isBefore(to)) {
                continue;
            }
            String key = c.crisisTopic().strip().toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, c.crisisTopic().strip());
            counts.merge(key, 1, Integer::sum);
        }
        List<TopicCount> result = new ArrayList<>();
        counts.forEach((key, n) -> result.add(new TopicCount(names.get(key), n)));
        result.sort(Comparator.comparingInt(TopicCount::calls).reversed().thenComparing(TopicCount::topic));
        return result;
    }
}
