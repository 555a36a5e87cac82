package se.larmcentral.dispatch;

import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How long an incident of each priority may wait for a unit before the dispatcher and the supervisor are alerted
 * (eskalering): from the moment the incident was made (its priority decided) while no unit is on it. A pure query
 * on state, like {@link UnitFlags}.
 *
 * @param byPriority the limit of priority 1, 2, 3 and 4, in that order
 */
public record WaitingLimits(List<Duration> byPriority) {

    /** Priority 1 at once (60 s), 2 within 3 min, 3 within 15 min, 4 within an hour. */
    public static final WaitingLimits DEFAULT = new WaitingLimits(List.of(Duration.ofSeconds(60), Duration.ofMinutes(3),
            Duration.ofMinutes(15), Duration.ofHours(1)));

    public WaitingLimits {
        if (byPriority == null || byPriority.size() != 4) {
            throw new InvalidInputException("waitingLimits", "give one limit for each of the priorities 1 to 4");
        }
        for (Duration limit : byPriority) {
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new InvalidInputException("waitingLimits", "a limit is a positive duration, was " + limit);
            }
        }
        byPriority = List.copyOf(byPriority);
    }

    public Duration of(int priority) {
        return byPriority.get(Math.min(Math.max(priority, 1), 4) - 1);
    }

    /** The queued incidents that have waited longer than their priority's limit at {@code at}, in queue order. */
    public List<UnitFlags.Flag> overdue(DispatchState state, Instant at) {
        List<UnitFlags.Flag> flags = new ArrayList<>();
        for (PendingQueue.Entry entry : PendingQueue.at(state, at)) {
            Incident incident = entry.incident();
            Instant since = incident.times().get(Milestone.PRIORITY_DECIDED)
                    .or(() -> incident.times().get(Milestone.QUEUED)).orElseThrow();
            Duration waited = Duration.between(since, at);
            Duration limit = of(incident.priority());
            if (waited.compareTo(limit) > 0) {
                flags.add(new UnitFlags.Flag(UnitFlags.Flag.Kind.INCIDENT_WAITING, null, incident.id(), since, waited,
                        "priority " + incident.priority() + " incident " + incident.id() + " has waited "
                                + Durations.text(waited) + " for a unit (limit " + Durations.text(limit) + ")"));
            }
        }
        return flags;
    }
}
