package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.geo.TravelTimes;

import java.time.Instant;
import java.util.List;

/**
 * The seam for move-up (förflyttning): called after every assignment and every unit becoming free, it returns the
 * free units to move and where. The simulation drives a moved unit there as available mobile and leaves it waiting
 * at the target until it is needed (or the policy moves it again). The default moves nobody (closest-idle without
 * move-up); the dispatch module's move-up policies plug in here.
 */
@FunctionalInterface
public interface MoveUpStep {

    MoveUpStep NONE = (state, travelTimes, now) -> List.of();

    List<Move> after(DispatchState state, TravelTimes travelTimes, Instant now);

    /** Move a free unit to {@code to}; {@code reason} is kept in the move count of the report. */
    record Move(String unitId, GeoPoint to, String reason) {
    }
}
