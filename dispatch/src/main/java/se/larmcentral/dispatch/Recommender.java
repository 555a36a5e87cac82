package se.larmcentral.dispatch;

import se.larmcentral.core.Elapsed;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks the units that could go to an incident (enhetsförslag) by arrival estimate = turnout + road travel time.
 * A pure function of state, request, travel times and instant; the operator decides.
 *
 * <p>Who is a candidate ({@link AssignmentRules}): units of a type that can answer the need
 * ({@link UnitType#canAnswer}) that are free; for a new priority 1 also units on their way to a priority 2 or 3
 * (redirection candidates, never one on its way to a priority 1); units at hospital for 15 minutes or more without
 * clear (marked). Units already on the requested incident are left out.
 *
 * <p>Cost: one pass over the units, one {@link TravelTimes#toDestination} call for all candidates (no per-unit
 * routing), one sort. Order: estimate, then a free unit before a redirection at the same estimate, then unit id;
 * a redirection ranks above the best free unit only when it arrives at least
 * {@link RecommenderSettings#redirectionMargin()} earlier (DOMAIN.md: "when it is clearly closer").
 *
 * <p>A server copies what it needs under its read lock ({@link #snapshot}) and searches outside it ({@link #rank}).
 */
public final class Recommender {

    private final RecommenderSettings settings;

    public Recommender(RecommenderSettings settings) {
        this.settings = settings;
    }

    public Recommender() {
        this(RecommenderSettings.DEFAULT);
    }

    public RecommenderSettings settings() {
        return settings;
    }

    public Recommendation recommend(DispatchState state, RecommendationRequest request, TravelTimes travelTimes, Instant at) {
        return rank(snapshot(state, request, at), travelTimes);
    }

    /**
     * The same ranking with explanations only for the first {@code explained} candidates (the others' are null): the
     * simulator, which reads none, asks for 0 and spares the text of every unit on every decision.
     */
    public Recommendation recommend(DispatchState state, RecommendationRequest request, TravelTimes travelTimes,
                                    Instant at, int explained) {
        return rank(snapshot(state, request, at), travelTimes, explained);
    }

    /**
     * The units that may go, copied from the state: cheap, so a server takes it under its read lock and ranks
     * ({@link #rank}) after releasing it. A free unit whose shift has ended while it was free
     * ({@link ShiftRoster#shiftEndedWhileFree}) is left out, as are out-of-service units.
     */
    public RecommendationSnapshot snapshot(DispatchState state, RecommendationRequest request, Instant at) {
        List<RecommendationSnapshot.Option> options = new ArrayList<>();
        for (Unit unit : state.units()) {
            if (!unit.type().canAnswer(request.neededType())
                    || (request.incidentId() != null && request.incidentId().equals(unit.incidentId()))
                    || ShiftRoster.shiftEndedWhileFree(unit, at)) {
                continue;
            }
            Eligibility eligibility = AssignmentRules.eligibility(state, unit, request.priority(), at);
            if (!eligibility.eligible()) {
                continue;
            }
            options.add(new RecommendationSnapshot.Option(unit, eligibility, state.positionOf(unit),
                    state.station(unit.stationId()).map(Station::name).orElse(null)));
        }
        return new RecommendationSnapshot(request, options, at);
    }

    /** Ranks a snapshot's units: one travel-time search for all of them, one sort. Needs no state. */
    public Recommendation rank(RecommendationSnapshot snapshot, TravelTimes travelTimes) {
        return rank(snapshot, travelTimes, Integer.MAX_VALUE);
    }

    /** The same with explanations for the first {@code explained} candidates only (the others' are null). */
    public Recommendation rank(RecommendationSnapshot snapshot, TravelTimes travelTimes, int explained) {
        Instant at = snapshot.at();
        List<RecommendationSnapshot.Option> options = snapshot.options();
        if (options.isEmpty()) {
            return new Recommendation(List.of(), List.of(), "no unit can go", false, at);
        }
        List<GeoPoint> origins = options.stream().map(o -> o.position().point()).toList();
        TravelTimeAnswer answer = travelTimes.toDestination(snapshot.request().position(), origins);
        List<Ranked> ranked = new ArrayList<>(options.size());
        List<String> unreachable = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            TravelLeg leg = answer.legs().get(i);
            RecommendationSnapshot.Option option = options.get(i);
            if (!leg.reachable()) {
                unreachable.add(option.unit().id() + ": no road route from " + origins.get(i).lat() + "," + origins.get(i).lon());
                continue;
            }
            ranked.add(new Ranked(candidate(option, leg, answer, at), option, leg));
        }
        Duration bestFree = bestFree(ranked);
        ranked.sort(Comparator.comparing((Ranked r) -> rankingEstimate(r.candidate, bestFree))
                .thenComparing(r -> r.candidate.isRedirection())
                .thenComparing(r -> r.candidate.unitId()));
        return new Recommendation(numbered(ranked, bestFree, answer, explained), unreachable, answer.method(),
                answer.estimated(), at);
    }

    /** A candidate before its rank and explanation, with what its explanation is built from. */
    private record Ranked(Candidate candidate, RecommendationSnapshot.Option option, TravelLeg leg) {
    }

    private static Duration bestFree(List<Ranked> ranked) {
        return ranked.stream().filter(r -> !r.candidate.isRedirection()).map(r -> r.candidate.estimate())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * A redirection ranks above the best free unit only when it is clearly closer: earlier by at least
     * {@link RecommenderSettings#redirectionMargin()}. Otherwise it ranks as if it arrived with the best free unit
     * (just after it, a free unit going first at the same estimate).
     */
    private Duration rankingEstimate(Candidate candidate, Duration bestFree) {
        if (!candidate.isRedirection() || bestFree == null || clearlyCloser(candidate, bestFree)) {
            return candidate.estimate();
        }
        return candidate.estimate().compareTo(bestFree) > 0 ? candidate.estimate() : bestFree;
    }

    private boolean clearlyCloser(Candidate redirection, Duration bestFree) {
        return bestFree.minus(redirection.estimate()).compareTo(settings.redirectionMargin()) >= 0;
    }

    private Candidate candidate(RecommendationSnapshot.Option option, TravelLeg leg, TravelTimeAnswer answer, Instant at) {
        Unit unit = option.unit();
        Eligibility eligibility = option.eligibility();
        DispatchState.KnownPosition position = option.position();
        boolean estimated = leg.estimated() || answer.estimated();
        Duration turnout = switch (eligibility.kind()) {
            case AVAILABLE_AT_STATION -> settings.turnout().atStation();
            case HOSPITAL_OVERDUE -> settings.turnout().atHospital();
            default -> settings.turnout().mobile();
        };
        Duration estimate = turnout.plus(leg.duration());
        Duration age = position.fromStation() ? null : Elapsed.between(position.observedAt(), at);
        boolean stale = age != null && age.compareTo(settings.staleAfter()) > 0;
        return new Candidate(0, unit.id(), unit.callSign(), unit.type(), unit.status(), eligibility.kind(),
                position.point(), turnout, leg.duration(), estimate, leg.metres(), estimated,
                eligibility.fromIncidentId(), eligibility.fromPriority(), stale, age, null);
    }

    /** The candidate's estimate in words, for the operator. */
    private String explanation(Candidate c, RecommendationSnapshot.Option option, TravelLeg leg, TravelTimeAnswer answer) {
        Unit unit = option.unit();
        Eligibility eligibility = option.eligibility();
        DispatchState.KnownPosition position = option.position();
        Duration turnout = c.turnout();
        Duration estimate = c.estimate();
        Duration age = c.positionAge();
        boolean stale = c.positionStale();
        StringBuilder text = new StringBuilder(160)
                .append(unit.callSign()).append(" (").append(unit.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("), ").append(eligibility.reason());
        if (eligibility.kind() == Eligibility.Kind.AVAILABLE_AT_STATION) {
            if (option.stationName() != null) {
                text.append(' ').append(option.stationName());
            }
        }
        text.append(": ").append(Durations.text(turnout)).append(" to get going + ")
                .append(Durations.text(leg.duration())).append(" by road (")
                .append(Math.round(leg.metres() / 100.0) / 10.0).append(" km, ")
                .append(leg.estimated() && !answer.estimated()
                        ? "ESTIMATED from straight-line distance: the road network does not cover this leg"
                        : answer.method())
                .append(") = ").append(Durations.text(estimate));
        if (position.fromStation() && eligibility.kind() != Eligibility.Kind.AVAILABLE_AT_STATION) {
            text.append("; no position reported, its station was used");
        }
        if (age != null) {
            text.append("; position ").append(Durations.text(age)).append(" old");
            if (stale) {
                text.append(" (stale: older than ").append(Durations.text(settings.staleAfter())).append(')');
            }
        }
        return text.toString();
    }

    /**
     * Sets ranks and, for the first {@code explained}, the explanation: for a redirection also how much earlier it
     * arrives than the best free unit.
     */
    private List<Candidate> numbered(List<Ranked> ranked, Duration bestFree, TravelTimeAnswer answer, int explained) {
        List<Candidate> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            Candidate c = r.candidate;
            String explanation = null;
            if (i < explained) {
                explanation = explanation(c, r.option, r.leg, answer);
                if (c.isRedirection()) {
                    explanation += redirectionText(c, bestFree);
                }
            }
            result.add(new Candidate(i + 1, c.unitId(), c.callSign(), c.type(), c.status(), c.kind(), c.origin(),
                    c.turnout(), c.travel(), c.estimate(), c.metres(), c.travelEstimated(), c.redirectedFrom(),
                    c.redirectedFromPriority(), c.positionStale(), c.positionAge(), explanation));
        }
        return result;
    }

    private String redirectionText(Candidate redirection, Duration bestFree) {
        if (bestFree == null) {
            return "; no free unit can go";
        }
        if (bestFree.compareTo(redirection.estimate()) <= 0) {
            return "; not earlier than the best free unit";
        }
        String earlier = "; " + Durations.text(bestFree.minus(redirection.estimate())) + " earlier than the best free unit";
        String margin = Durations.text(settings.redirectionMargin());
        return clearlyCloser(redirection, bestFree)
                ? earlier + " (clearly closer: the redirection margin is " + margin + ")"
                : earlier + ", less than the redirection margin of " + margin + ": ranked after it";
    }
}
