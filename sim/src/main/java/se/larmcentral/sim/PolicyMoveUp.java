package se.larmcentral.sim;

import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.MoveProposal;
import se.larmcentral.dispatch.moveup.MoveUpPolicy;
import se.larmcentral.dispatch.moveup.MoveUpSituation;
import se.larmcentral.dispatch.moveup.StationCoverage;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A dispatch-module move-up policy ({@link MoveUpPolicy}: DMEXCLP, a compliance table) as the simulator's
 * {@link MoveUpStep}: each decision takes the live state's free ambulances ({@link MoveUpSituation#of}) with the
 * scenario's demand points, and turns every proposal into a move. The freed unit is the one that has just become
 * free ({@link #afterFreed}); at other decisions none is (DMEXCLP's freed-unit scope then moves nobody). DMEXCLP's station coverage depends only on the
 * stations, the demand and the road network, so it is searched once per scenario and kept.
 */
public final class PolicyMoveUp implements MoveUpStep {

    private final MoveUpPolicy policy;
    private final List<DemandPoint> demand;
    private final Duration interval;
    private StationCoverage coverage;

    public PolicyMoveUp(MoveUpPolicy policy, List<DemandPoint> demand, Duration interval) {
        this.policy = policy;
        this.demand = List.copyOf(demand);
        this.interval = interval;
    }

    public MoveUpPolicy policy() {
        return policy;
    }

    public List<DemandPoint> demand() {
        return demand;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Move> after(DispatchState state, TravelTimes travelTimes, Instant now) {
        return decide(MoveUpSituation.of(state, demand, now).withFreed(Set.of()), travelTimes);
    }

    @Override
    public List<Move> afterFreed(DispatchState state, TravelTimes travelTimes, Instant now, String unitId) {
        return decide(MoveUpSituation.of(state, demand, now).withFreed(Set.of(unitId)), travelTimes);
    }

    private synchronized List<Move> decide(MoveUpSituation situation, TravelTimes travelTimes) {
        List<MoveProposal> proposals;
        if (policy instanceof Dmexclp dmexclp) {
            if (situation.idle().isEmpty() || situation.stations().size() < 2) {
                return List.of();
            }
            if (coverage == null || !coverage.isFor(situation.stations(), demand)) {
                coverage = dmexclp.coverage(situation, travelTimes);
            }
            proposals = dmexclp.propose(situation, coverage, travelTimes);
        } else {
            proposals = policy.propose(situation, travelTimes);
        }
        return proposals.stream().map(p -> new Move(p.unitId(), p.toStationId(), p.reason())).toList();
    }
}
