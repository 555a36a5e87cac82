package se.larmcentral.social;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.SwedishTime;

/**
 * A municipality's effective plan: the decision for a 112 social call at every instant of a period, as
 * intervals. Built by evaluating {@link SocialRouter} at every instant where a rule could change (window and
 * one-off boundaries in both offsets of an autumn hour, shift boundaries, agreement and policy starts, DST
 * changes, midnights); between two such instants the decision cannot change. Adjacent intervals with the same
 * effect are merged.
 */
public final class EffectivePlan {

    private EffectivePlan() {
    }

    /** The plan for the days [from, to) in Swedish time. */
    public static List<PlanSegment> of(SocialState state, String municipality, LocalDate from, LocalDate to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidInputException("to", "the period must end after it begins (" + from + " to " + to + ")");
        }
        return between(state, municipality, from.atStartOfDay(SwedishTime.ZONE).toInstant(),
                to.atStartOfDay(SwedishTime.ZONE).toInstant());
    }

    /** The plan for the instants [from, to). */
    public static List<PlanSegment> between(SocialState state, String municipality, Instant from, Instant to) {
        // a customer's line is reached on its own number; a municipality's socialjour through 112
        Channel channel = state.requireLineOwner("municipality", municipality) instanceof LineOwner.OfCustomer
                ? Channel.DIRECT_NUMBER : Channel.EMERGENCY_112;
        NavigableSet<Instant> cuts = new TreeSet<>();
        cuts.add(from);
        ZoneRules rules = SwedishTime.ZONE.getRules();
        LocalDate firstDay = LocalDate.ofInstant(from, SwedishTime.ZONE).minusDays(1);
        LocalDate lastDay = LocalDate.ofInstant(to, SwedishTime.ZONE).plusDays(1);
        for (CompiledAgreement c : state.compiledAgreementsOf(municipality)) {
            Agreement a = c.agreement;
            cuts.add(a.startInstant());
            cuts.add(a.endInstant());
            for (OneOffChange change : a.oneOffChanges()) {
                addLocal(cuts, rules, change.from());
                addLocal(cuts, rules, change.to());
            }
            for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                addLocal(cuts, rules, day.atStartOfDay());
                for (Window w : c.rulesFor(day, state.calendar()).windows()) {
                    addLocal(cuts, rules, w.startOn(day));
                    addLocal(cuts, rules, w.endOn(day));
                }
            }
            if (a.usesRoster()) {
                for (RosterShift s : state.roster(a.jourId()).overlapping(from, to)) {
                    cuts.add(s.start());
                    cuts.add(s.end());
                }
            }
        }
        cuts.addAll(state.policyStarts(from, to));
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
             t = rules.nextTransition(t.getInstant())) {
            cuts.add(t.getInstant());
        }
        List<Instant> points = new ArrayList<>(cuts.subSet(from, true, to, false));
        List<PlanSegment> plan = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Instant start = points.get(i);
            Instant end = i + 1 < points.size() ? points.get(i + 1) : to;
            SocialDecision d = SocialRouter.route(state, municipality, channel, start);
            PlanSegment last = plan.isEmpty() ? null : plan.get(plan.size() - 1);
            if (last != null && last.decision().sameEffect(d)) {
                plan.set(plan.size() - 1, new PlanSegment(last.start(), end, last.decision()));
            } else {
                plan.add(new PlanSegment(start, end, d));
            }
        }
        return plan;
    }

    /** Every instant at which the wall clock shows {@code local}: none in the spring gap (then the gap's end), two in the autumn overlap. */
    private static void addLocal(NavigableSet<Instant> cuts, ZoneRules rules, LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            cuts.add(rules.getTransition(local).getInstant());
        }
        for (ZoneOffset offset : offsets) {
            cuts.add(local.toInstant(offset));
        }
    }
}
