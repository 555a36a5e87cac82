package se.larmcentral.sim;

import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The seam for move-up (förflyttning): called after every assignment, every unit becoming free and every
 * {@link #interval()}, it returns the free units to move and the station each should stand by at. The simulation
 * issues the product's {@code RelocateUnit} for each (the unit counts at the new station from then on) and drives it
 * there. The default moves nobody (closest-idle without move-up); {@link PolicyMoveUp} plugs in the dispatch module's
 * move-up policies.
 */
@FunctionalInterface
public interface MoveUpStep {

    MoveUpStep NONE = (state, travelTimes, now) -> List.of();

    List<Move> after(DispatchState state, TravelTimes travelTimes, Instant now);

    /** The decision after unit {@code unitId} has just become free; by default the same as any other. */
    default List<Move> afterFreed(DispatchState state, TravelTimes travelTimes, Instant now, String unitId) {
        return after(state, travelTimes, now);
    }

    /** How often to decide besides after assignments and units coming free; null: only then. */
    default Duration interval() {
        return null;
    }

    /** Move a free unit to stand by at station {@code stationId}; {@code reason} is the policy's, in words. */
    record Move(String unitId, String stationId, String reason) {
    }
}
