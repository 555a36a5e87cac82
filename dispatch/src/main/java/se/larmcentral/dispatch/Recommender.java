package se.larmcentral.dispatch;

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
 * routing), one sort. Order: estimate, then a free unit before a redirection at the same estimate, then unit id.
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
        List<Unit> units = new ArrayList<>();
        List<Eligibility> eligibilities = new ArrayList<>();
        List<DispatchState.KnownPosition> positions = new ArrayList<>();
        List<GeoPoint> origins = new ArrayList<>();
        for (Unit unit : state.units()) {
            if (!unit.type().canAnswer(request.neededType())
                    || (request.incidentId() != null && request.incidentId().equals(unit.incidentId()))) {
                continue;
            }
            Eligibility eligibility = AssignmentRules.eligibility(state, unit, request.priority(), at);
            if (!eligibility.eligible()) {
                continue;
            }
            DispatchState.KnownPosition position = state.positionOf(unit);
            units.add(unit);
            eligibilities.add(eligibility);
            positions.add(position);
            origins.add(position.point());
        }
        if (units.isEmpty()) {
            return new Recommendation(List.of(), List.of(), "no unit can go", false, at);
        }
        TravelTimeAnswer answer = travelTimes.toDestination(request.position(), origins);
        List<Candidate> ranked = new ArrayList<>(units.size());
        List<String> unreachable = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            TravelLeg leg = answer.legs().get(i);
            Unit unit = units.get(i);
            if (!leg.reachable()) {
                unreachable.add(unit.id() + ": no road route from " + origins.get(i).lat() + "," + origins.get(i).lon());
                continue;
            }
            ranked.add(candidate(state, unit, eligibilities.get(i), positions.get(i), leg, answer, at));
        }
        ranked.sort(Comparator.comparing(Candidate::estimate)
                .thenComparing(Candidate::isRedirection)
                .thenComparing(Candidate::unitId));
        return new Recommendation(numbered(ranked), unreachable, answer.method(), answer.estimated(), at);
    }

    private Candidate candidate(DispatchState state, Unit unit, Eligibility eligibility,
                                DispatchState.KnownPosition position, TravelLeg leg, TravelTimeAnswer answer, Instant at) {
        Duration turnout = switch (eligibility.kind()) {
            case AVAILABLE_AT_STATION -> settings.turnout().atStation();
            case HOSPITAL_OVERDUE -> settings.turnout().atHospital();
            default -> settings.turnout().mobile();
        };
        Duration estimate = turnout.plus(leg.duration());
        Duration age = position.fromStation() ? null : Duration.between(position.observedAt(), at);
        boolean stale = age != null && age.compareTo(settings.staleAfter()) > 0;
        StringBuilder text = new StringBuilder(160)
                .append(unit.callSign()).append(" (").append(unit.type().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("), ").append(eligibility.reason());
        if (eligibility.kind() == Eligibility.Kind.AVAILABLE_AT_STATION) {
            state.station(unit.stationId()).ifPresent(s -> text.append(' ').append(s.name()));
        }
        text.append(": ").append(Durations.text(turnout)).append(" to get going + ")
                .append(Durations.text(leg.duration())).append(" by road (")
                .append(Math.round(leg.metres() / 100.0) / 10.0).append(" km, ").append(answer.method())
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
        return new Candidate(0, unit.id(), unit.callSign(), unit.type(), unit.status(), eligibility.kind(),
                position.point(), turnout, leg.duration(), estimate, leg.metres(), answer.estimated(),
                eligibility.fromIncidentId(), eligibility.fromPriority(), stale, age, text.toString());
    }

    /** Sets ranks, and tells for each redirection how much earlier it arrives than the best free unit. */
    private static List<Candidate> numbered(List<Candidate> ranked) {
        Duration bestFree = ranked.stream().filter(c -> !c.isRedirection()).map(Candidate::estimate).findFirst().orElse(null);
        List<Candidate> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            String explanation = c.explanation();
            if (c.isRedirection()) {
                explanation += bestFree == null ? "; no free unit can go"
                        : bestFree.compareTo(c.estimate()) > 0
                        ? "; " + Durations.text(bestFree.minus(c.estimate())) + " earlier than the best free unit"
                        : "; not earlier than the best free unit";
            }
            result.add(new Candidate(i + 1, c.unitId(), c.callSign(), c.type(), c.status(), c.kind(), c.origin(),
                    c.turnout(), c.travel(), c.estimate(), c.metres(), c.travelEstimated(), c.redirectedFrom(),
                    c.redirectedFromPriority(), c.positionStale(), c.positionAge(), explanation));
        }
        return result;
    }
}
