package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.InvalidInputException;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * DMEXCLP's parameters.
 *
 * @param busyFraction q, the chance that a unit is busy when a call comes (0 &lt; q &lt; 1); Jagtenberg et al. use the
 *                     region's utilisation
 * @param targets      the response-time target per priority within which a demand point counts as covered
 * @param turnout      added to the road time from a station (a unit at a station needs this to get going)
 * @param minGain      the least rise in expected covered demand worth a move, as a share of all demand (0-1)
 * @param maxTravel    the longest drive a move may ask of a unit
 */
public record DmexclpSettings(double busyFraction, Map<Integer, Duration> targets, Duration turnout, double minGain,
                              Duration maxTravel) {

    /** q 0.3, priority 1 in 10 min, 2 in 20, 3 and 4 in 60, turnout 90 s, gain at least 1 %, drives up to 30 min. */
    public static final DmexclpSettings DEFAULT = new DmexclpSettings(0.3,
            Map.of(1, Duration.ofMinutes(10), 2, Duration.ofMinutes(20), 3, Duration.ofMinutes(60), 4, Duration.ofMinutes(60)),
            Duration.ofSeconds(90), 0.01, Duration.ofMinutes(30));

    public DmexclpSettings {
        if (!(busyFraction > 0 && busyFraction < 1)) {
            throw new InvalidInputException("busyFraction", "must lie strictly between 0 and 1, was " + busyFraction);
        }
        if (targets == null || targets.isEmpty()) {
            throw new InvalidInputException("targets", "needs a coverage target for at least one priority");
        }
        targets.forEach((priority, target) -> {
            if (priority == null || priority < 1 || priority > 4) {
                throw new InvalidInputException("targets", "priorities are 1-4, was " + priority);
            }
            if (target == null || target.isNegative() || target.isZero()) {
                throw new InvalidInputException("targets." + priority, "must be a duration above zero, was " + target);
            }
        });
        targets = Map.copyOf(new TreeMap<>(targets));
        if (turnout == null || turnout.isNegative()) {
            throw new InvalidInputException("turnout", "must be zero or more, was " + turnout);
        }
        if (!(minGain >= 0 && minGain <= 1)) {
            throw new InvalidInputException("minGain", "must be a share between 0 and 1, was " + minGain);
        }
        if (maxTravel == null || maxTravel.isNegative() || maxTravel.isZero()) {
            throw new InvalidInputException("maxTravel", "must be a duration above zero, was " + maxTravel);
        }
    }

    Duration target(int priority, String field) {
        Duration target = targets.get(priority);
        if (target == null) {
            throw new InvalidInputException(field, "no coverage target for priority " + priority + " (targets are given for "
                    + new TreeMap<>(targets).keySet() + ")");
        }
        return target;
    }
}
