package se.larmcentral.dispatch;

import se.larmcentral.core.Elapsed;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pending queue (väntande ärenden): incidents with no unit, ordered by priority (1 first), then by waiting
 * time (longest first, counted from the moment the call entered the queue), then by incident id so the order is
 * total. Pure queries on state.
 *
 * <p>When a unit becomes free, {@link #proposeFor} offers it the queued incident it serves best, defined as: among
 * the queued incidents whose needed type the unit can answer ({@link UnitType#canAnswer}) and that it can reach by
 * road, the first in queue order, i.e. the highest priority, then the longest waiting. Travel time does not reorder
 * the queue (a closer priority 3 never overtakes a farther priority 2); it only rules out incidents without a
 * route and is reported with the proposal.
 */
public final class PendingQueue {

    /** Queue order: priority, then earliest call, then id. */
    public static final Comparator<Incident> ORDER = Comparator.comparingInt(Incident::priority)
            .thenComparing(i -> i.times().get(Milestone.QUEUED).orElseThrow())
            .thenComparing(Incident::id);

    private PendingQueue() {
    }

    /** One queued incident and how long it has waited at the instant asked. */
    public record Entry(int place, Incident incident, Duration waiting) {
    }

    /** What a free unit is offered. */
    public record Proposal(String unitId, String incidentId, int priority, Duration waiting, Duration travel,
                           boolean travelEstimated, String explanation) {
    }

    public static List<Entry> at(DispatchState state, Instant at) {
        List<Incident> queued = queued(state);
        List<Entry> entries = new ArrayList<>(queued.size());
        for (Incident incident : queued) {
            entries.add(new Entry(entries.size() + 1, incident,
                    Elapsed.between(incident.times().get(Milestone.QUEUED).orElseThrow(), at)));
        }
        return entries;
    }

    private static List<Incident> queued(DispatchState state) {
        return state.incidents().stream().filter(i -> i.status() == IncidentStatus.QUEUED).sorted(ORDER).toList();
    }

    /**
     * What a proposal needs from the state, copied out of it ({@link #snapshotFor}): the free unit, where it is, and
     * the queued incidents whose type it can answer, in queue order. Immutable, so {@link #propose} runs the
     * travel-time search on it without holding the state.
     */
    public record ProposalSnapshot(Unit unit, GeoPoint origin, List<Incident> fitting, Instant at) {

        public ProposalSnapshot {
            fitting = List.copyOf(fitting);
        }
    }

    /**
     * The queued incident a free unit serves best (see the class comment), or empty when none fits.
     *
     * @throws se.larmcentral.core.NotFoundException for an unknown unit
     * @throws ConflictException when the unit is not free (available, clear, or overdue at hospital)
     */
    public static Optional<Proposal> proposeFor(DispatchState state, String unitId, TravelTimes travelTimes, Instant at) {
        return propose(snapshotFor(state, unitId, at), travelTimes);
    }

    /**
     * The state a proposal for {@code unitId} needs; cheap, for a server to take under its read lock.
     *
     * @throws se.larmcentral.core.NotFoundException for an unknown unit
     * @throws ConflictException when the unit is not free (available, clear, or overdue at hospital)
     */
    public static ProposalSnapshot snapshotFor(DispatchState state, String unitId, Instant at) {
        Unit unit = state.requireUnit("unitId", unitId);
        boolean free = unit.status().isAvailable() || AssignmentRules.eligibility(state, unit, 4, at).kind()
                == Eligibility.Kind.HOSPITAL_OVERDUE;
        if (!free) {
            throw new ConflictException("unitId", "unit " + unitId + " is not free (" + unit.status() + ")");
        }
        List<Incident> fitting = queued(state).stream().filter(i -> unit.type().canAnswer(i.neededType())).toList();
        return new ProposalSnapshot(unit, state.positionOf(unit).point(), fitting, at);
    }

    /** The proposal for a snapshot: one travel-time search from the unit to the fitting incidents. Needs no state. */
    public static Optional<Proposal> propose(ProposalSnapshot snapshot, TravelTimes travelTimes) {
        List<Incident> fitting = snapshot.fitting();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = snapshot.unit();
        Instant at = snapshot.at();
        TravelTimeAnswer answer = travelTimes.fromOrigin(snapshot.origin(), fitting.stream().map(Incident::position).toList());
        for (int i = 0; i < fitting.size(); i++) {
            TravelLeg leg = answer.legs().get(i);
            if (!leg.reachable()) {
                continue;
            }
            Incident incident = fitting.get(i);
            Duration waiting = Elapsed.between(incident.times().get(Milestone.QUEUED).orElseThrow(), at);
            String skipped = i == 0 ? "" : "; " + i + " incident(s) ahead of it in the queue have no road route";
            boolean estimated = leg.estimated() || answer.estimated();
            String method = leg.estimated() && !answer.estimated()
                    ? "ESTIMATED from straight-line distance: the road network does not cover this leg" : answer.method();
            return Optional.of(new Proposal(unit.id(), incident.id(), incident.priority(), waiting, leg.duration(),
                    estimated, "priority " + incident.priority() + " incident " + incident.id() + ", waiting "
                    + Durations.text(waiting) + ", is the first queued incident " + unit.callSign()
                    + " can serve; " + Durations.text(leg.duration()) + " by road (" + method + ")" + skipped));
        }
        return Optional.empty();
    }
}
