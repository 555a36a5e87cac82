package se.larmcentral.triage;

import se.larmcentral.core.InvalidInputException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A region's response rules: for each priority of its scale, the default action. A region changes what a
 * priority means in practice here, without touching the medical index.
 *
 * @param region  the region the rules belong to
 * @param version version of the rules
 * @param rules   one per priority, most urgent first
 */
public record RegionalResponseRules(String region, String version, List<PriorityRule> rules) {

    public RegionalResponseRules {
        rules = rules.stream().sorted(Comparator.comparingInt(PriorityRule::priority)).toList();
    }

    /** The priorities of the region's scale. */
    public SortedSet<Integer> scale() {
        TreeSet<Integer> scale = new TreeSet<>();
        rules.forEach(r -> scale.add(r.priority()));
        return scale;
    }

    /**
     * The languages the rules' texts are given in (those of their first rule), the rules' own first; empty for
     * plain texts.
     */
    public List<String> languages() {
        return rules.isEmpty() ? List.of() : List.copyOf(rules.getFirst().meaning().languages());
    }

    /** The rules for a reader of one language (texts in their first language when they lack it). */
    public RegionalResponseRules in(String language) {
        return new RegionalResponseRules(region, version, rules.stream().map(r -> r.in(language)).toList());
    }

    public Optional<PriorityRule> ruleFor(int priority) {
        return rules.stream().filter(r -> r.priority() == priority).findFirst();
    }

    /**
     * What to do for a criterion at a priority: the region's action for the priority, the criterion's unit and
     * extra resources, and lights and sirens as the criterion says when it says so at its own priority, else
     * as the region's default for the priority.
     */
    public ResponsePlan planFor(Criterion criterion, int priority) {
        PriorityRule rule = ruleFor(priority).orElseThrow(() -> new InvalidInputException("priority",
                "must be one of " + scale() + " in " + region + ", was " + priority));
        Response response = criterion.response();
        boolean lights = response.lightsAndSirens() != null && priority == criterion.priority()
                ? response.lightsAndSirens()
                : rule.lightsAndSirens();
        return new ResponsePlan(priority, rule.action(), response.unit(), lights, response.extra(), rule.instruction());
    }
}
