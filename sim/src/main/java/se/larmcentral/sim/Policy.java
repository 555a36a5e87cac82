package se.larmcentral.sim;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.moveup.ComplianceTable;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.DmexclpSettings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the simulated dispatcher decides: always the product's recommendation (best candidate first), with or without
 * redirections, plus a move-up step.
 *
 * @param redirection whether a redirection candidate the recommender ranks first is taken
 */
public record Policy(String name, boolean redirection, MoveUpStep moveUp) {

    public static final Policy CLOSEST_IDLE = new Policy("closest-idle", true, MoveUpStep.NONE);
    public static final Policy CLOSEST_IDLE_NO_REDIRECTION = new Policy("closest-idle-no-redirection", false, MoveUpStep.NONE);

    public static final List<Policy> BUILT_IN = List.of(CLOSEST_IDLE, CLOSEST_IDLE_NO_REDIRECTION);

    /** Every policy name {@link #named(String, String, Scenario)} knows. */
    public static final List<String> NAMES = List.of("closest-idle", "closest-idle-no-redirection", "dmexclp",
            "compliance-table");

    public static Policy named(String field, String name) {
        return BUILT_IN.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new InvalidInputException(field, "unknown policy '" + name + "'; known: "
                        + BUILT_IN.stream().map(Policy::name).toList()));
    }

    /**
     * A policy for a scenario: the closest-idle ones, or closest-idle with move-up by DMEXCLP or by the scenario's
     * compliance table (its settings and demand points from the scenario's {@code move-up} and {@code demand}).
     */
    public static Policy named(String field, String name, Scenario scenario) {
        MoveUpOptions options = scenario.moveUp();
        return switch (name) {
            case "closest-idle" -> CLOSEST_IDLE;
            case "closest-idle-no-redirection" -> CLOSEST_IDLE_NO_REDIRECTION;
            case "dmexclp" -> {
                Map<Integer, Duration> targets = scenario.targets().isEmpty()
                        ? DmexclpSettings.DEFAULT.targets() : scenario.targets();
                DmexclpSettings settings = new DmexclpSettings(options.busyFraction(), targets, turnout(scenario),
                        options.minGain(), options.maxTravel());
                yield new Policy(name, true, new PolicyMoveUp(new Dmexclp(settings, options.scope()),
                        MoveUpDemand.of(scenario.demand(), new TreeMap<>(targets).keySet()), options.interval()));
            }
            case "compliance-table" -> {
                if (options.complianceTable().isEmpty()) {
                    throw new InvalidInputException(field, "scenario '" + scenario.name()
                            + "' has no move-up.compliance-table for the compliance-table policy");
                }
                ComplianceTable table = new ComplianceTable(options.complianceTable());
                table.requireKnown(scenario.fleet().stations());
                yield new Policy(name, true, new PolicyMoveUp(table, List.of(), options.interval()));
            }
            default -> throw new InvalidInputException(field, "unknown policy '" + name + "'; known: " + NAMES);
        };
    }

    /** The time from the call to a unit at a station driving off: the scenario's value, else the service means. */
    static Duration turnout(Scenario scenario) {
        if (scenario.moveUp().turnout() != null) {
            return scenario.moveUp().turnout();
        }
        ServiceModel s = scenario.service();
        double seconds = s.dispatchDelay().mean() + s.acknowledge().mean() + s.turnoutAtStation().mean();
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
