package se.larmcentral.sim;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.moveup.Dmexclp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario's move-up settings (the file's {@code policy} and {@code move-up} keys): the policy {@code sim run}
 * uses when none is named, DMEXCLP's parameters, the decision interval and an optional compliance table.
 *
 * @param policy          the default policy's name
 * @param busyFraction    DMEXCLP's q, the chance a unit is busy (about the region's utilisation)
 * @param minGain         the least rise in expected covered demand worth a move, as a share of all demand
 * @param maxTravel       the longest drive a move may ask
 * @param turnout         added to the road time from a station when judging coverage; null: the mean dispatch
 *                        delay + acknowledge + turnout at station of the service model
 * @param interval        how often the policy decides besides after assignments and units coming free; null: only then
 * @param complianceTable free units → station ids, for the {@code compliance-table} policy; empty: none
 * @param scope           which units DMEXCLP may move: only the one that has just become free (the literature's), or
 *                        any free unit at any decision
 */
public record MoveUpOptions(String policy, double busyFraction, double minGain, Duration maxTravel, Duration turnout,
                            Duration interval, Map<Integer, List<String>> complianceTable, Dmexclp.Scope scope) {

    public static final MoveUpOptions DEFAULT = new MoveUpOptions("closest-idle", 0.3, 0.01, Duration.ofMinutes(30),
            null, Duration.ofMinutes(15), Map.of(), Dmexclp.Scope.FREED_UNIT);

    public MoveUpOptions {
        if (interval != null && interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new InvalidInputException("move-up.interval-minutes", "must be at least 1 minute, was " + interval);
        }
        complianceTable = complianceTable == null ? Map.of() : Map.copyOf(new TreeMap<>(complianceTable));
        scope = scope == null ? Dmexclp.Scope.FREED_UNIT : scope;
    }

    public MoveUpOptions withPolicy(String other) {
        return new MoveUpOptions(other, busyFraction, minGain, maxTravel, turnout, interval, complianceTable, scope);
    }
}
