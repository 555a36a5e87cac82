package se.larmcentral.dispatch.moveup;

import se.larmcentral.geo.TravelTimes;

import java.util.List;

/**
 * A move-up policy (förflyttningsstrategi): given the idle units, the stations, the demand and a travel-time
 * function, which idle units should drive to which station to cover the region better. Pure: the same situation
 * and travel times give the same answer, so the live centre (advice to the dispatcher) and the simulator share it.
 * Proposals are advice; a person (or the simulator's rules) decides.
 */
public sealed interface MoveUpPolicy permits NoMoveUp, Dmexclp, ComplianceTable {

    /** The setting's name for it: {@code none}, {@code dmexclp}, {@code compliance-table}. */
    String name();

    /** The moves to make now, best first; empty when the fleet stands well as it is. */
    List<MoveProposal> propose(MoveUpSituation situation, TravelTimes travelTimes);
}
