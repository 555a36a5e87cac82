package se.larmcentral.sim;

import se.larmcentral.core.InvalidInputException;

import java.util.List;

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

    public static Policy named(String field, String name) {
        return BUILT_IN.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                new InvalidInputException(field, "unknown policy '" + name + "'; known: "
                        + BUILT_IN.stream().map(Policy::name).toList()));
    }
}
