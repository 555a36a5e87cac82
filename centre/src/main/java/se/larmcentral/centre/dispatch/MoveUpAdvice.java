package se.larmcentral.centre.dispatch;

import se.larmcentral.core.ConflictException;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.Station;
import se.larmcentral.dispatch.moveup.DemandPoint;
import se.larmcentral.dispatch.moveup.Dmexclp;
import se.larmcentral.dispatch.moveup.StationCoverage;
import se.larmcentral.dispatch.moveup.MoveProposal;
import se.larmcentral.dispatch.moveup.MoveUpPolicy;
import se.larmcentral.dispatch.moveup.MoveUpSituation;
import se.larmcentral.dispatch.moveup.NoMoveUp;
import se.larmcentral.geo.TravelTimes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Live move-up advice (förflyttning): the configured policy's proposals on the current state, for the dispatcher to
 * follow or not (never applied by itself). The situation is copied under the state's read lock, the road searches
 * run after it is released.
 *
 * <p>{@code demand}: the region's demand points; empty: each station stands for one equal share of demand. The
 * stations' coverage (one road search per station) is kept between calls while the stations and demand stay the same.
 */
public final class MoveUpAdvice {

    /** No move-up advice (the setting {@code none}). */
    public static final MoveUpAdvice NONE = new MoveUpAdvice(new NoMoveUp(), List.of());

    private final MoveUpPolicy policy;
    private final List<DemandPoint> demand;
    /** DMEXCLP's coverage of the stations, kept while the stations and the demand stay the same. */
    private volatile StationCoverage coverage;

    public MoveUpAdvice(MoveUpPolicy policy, List<DemandPoint> demand) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.demand = List.copyOf(demand);
    }

    public MoveUpPolicy policy() {
        return policy;
    }

    public List<DemandPoint> demand() {
        return demand;
    }

    private StationCoverage coverage(Dmexclp dmexclp, MoveUpSituation situation, TravelTimes travelTimes) {
        StationCoverage kept = coverage;
        if (kept == null || !kept.isFor(situation.stations(), situation.demand())) {
            kept = dmexclp.coverage(situation, travelTimes);
            coverage = kept;
        }
        return kept;
    }

    /**
     * The proposals now.
     *
     * @param policy       the policy's setting name
     * @param idleUnits    how many free ambulances the policy looked at
     * @param demandPoints how many demand points it weighed, and from where: {@code settings} or {@code stations}
     */
    public record View(String policy, Instant at, int idleUnits, int demandPoints, String demandFrom,
                       List<MoveProposal> proposals) {
    }

    public View proposals(DispatchAdvice.StateReader reader, TravelTimes travelTimes, Instant at) {
        if (policy instanceof NoMoveUp) {
            return new View(policy.name(), at, 0, 0, "none", List.of());
        }
        MoveUpSituation situation = reader.read(state -> MoveUpSituation.of(state,
                demand.isEmpty() ? stationsAsDemand(List.copyOf(state.stations())) : demand, at));
        List<MoveProposal> proposals;
        try {
            proposals = policy instanceof Dmexclp dmexclp
                    ? dmexclp.propose(situation, coverage(dmexclp, situation, travelTimes), travelTimes)
                    : policy.propose(situation, travelTimes);
        } catch (InvalidInputException e) {
            if ("destination".equals(e.field()) || "origin".equals(e.field())) {
                throw e; // a position off the road network: DispatchAdvice names it
            }
            // the settings do not fit the fleet (a compliance table naming a station the fleet lacks)
            throw new ConflictException("dispatch.moveUp." + e.field(), e.reason());
        }
        return new View(policy.name(), at, situation.idle().size(), situation.demand().size(),
                demand.isEmpty() ? "stations" : "settings", proposals);
    }

    /** Without demand points in the settings: one point of weight 1 at each station, priority 1. */
    static List<DemandPoint> stationsAsDemand(List<Station> stations) {
        return stations.stream().map(s -> new DemandPoint(s.id(), s.position(), 1, 1)).toList();
    }
}
