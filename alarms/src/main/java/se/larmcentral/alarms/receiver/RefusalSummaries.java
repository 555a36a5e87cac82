package se.larmcentral.alarms.receiver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.larmcentral.alarms.AlarmEvent;
import se.larmcentral.alarms.RecordRefusals;
import se.larmcentral.alarms.dc09.Refusal;
import se.larmcentral.centre.CommandSubmitter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refused frames, summed per transmitter host and recorded as one {@link AlarmEvent.MessagesRefused} per host at
 * each {@link #flush} (the receiver flushes every minute), so a flood costs the journal one event a minute. At most
 * {@link #MAX_HOSTS} hosts are told apart; beyond that (a spoofed UDP flood) they are summed as {@code other}.
 */
final class RefusalSummaries {

    static final int MAX_HOSTS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(RefusalSummaries.class);

    private final CommandSubmitter centre;
    private Map<String, Summary> pending = new HashMap<>();

    RefusalSummaries(CommandSubmitter centre) {
        this.centre = centre;
    }

    synchronized void add(String host, Refusal refusal, String detail, Instant at) {
        String key = pending.size() >= MAX_HOSTS && !pending.containsKey(host) ? "other" : host;
        Summary summary = pending.computeIfAbsent(key, h -> new Summary(at));
        summary.counts.merge(refusal, 1, Integer::sum);
        summary.last = at;
        summary.lastDetail = detail;
    }

    /** Records what was summed since the last flush; returns how many summaries were recorded. */
    int flush() {
        Map<String, Summary> due;
        synchronized (this) {
            due = pending;
            pending = new HashMap<>();
        }
        int recorded = 0;
        for (Map.Entry<String, Summary> entry : due.entrySet()) {
            Summary s = entry.getValue();
            List<AlarmEvent.MessagesRefused.Count> counts = new ArrayList<>();
            s.counts.forEach((refusal, frames) -> counts.add(new AlarmEvent.MessagesRefused.Count(refusal, frames)));
            try {
                centre.execute(new RecordRefusals(new AlarmEvent.MessagesRefused(entry.getKey(), s.first, s.last, counts,
                        s.lastDetail)));
                recorded++;
            } catch (RuntimeException e) {
                LOG.warn("refused alarm frames from {} not recorded: {} ({})", entry.getKey(), counts, e.getMessage());
            }
        }
        return recorded;
    }

    private static final class Summary {
        private final Instant first;
        private Instant last;
        private String lastDetail;
        private final Map<Refusal, Integer> counts = new EnumMap<>(Refusal.class);

        private Summary(Instant first) {
            this.first = first;
            this.last = first;
        }
    }
}
