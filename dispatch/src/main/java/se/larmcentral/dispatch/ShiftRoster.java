package se.larmcentral.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which units' shifts should start or end at an instant, by their shift windows; a pure query for the timer that
 * submits {@link StartShift} and {@link EndShift}. A unit whose shift has ended while it works on an incident is
 * not listed until it is free again. A temporarily unavailable unit whose shift has ended is listed (it goes out
 * of service).
 */
public final class ShiftRoster {

    private ShiftRoster() {
    }

    public record Change(String unitId, Direction direction) {

        public enum Direction { START, END }
    }

    public static List<Change> due(DispatchState state, Instant at) {
        List<Change> changes = new ArrayList<>();
        for (Unit unit : state.units()) {
            boolean inShift = unit.inShiftAt(at);
            if (inShift && unit.status() == UnitStatus.OUT_OF_SERVICE) {
                changes.add(new Change(unit.id(), Change.Direction.START));
            } else if (!inShift && (unit.status().isAvailable() || unit.status() == UnitStatus.TEMPORARILY_UNAVAILABLE)) {
                changes.add(new Change(unit.id(), Change.Direction.END));
            }
        }
        return changes;
    }

    /**
     * True for a free unit whose shift has ended since it took its status: it is about to be taken out of service
     * (by the shift timer) and is not offered for new work. A unit whose shift was started by hand outside its
     * windows took its status outside them, so it stays in service until its next shift boundary.
     */
    public static boolean shiftEndedWhileFree(Unit unit, Instant at) {
        return unit.status().isAvailable() && !unit.inShiftAt(at) && unit.inShiftAt(unit.statusSince());
    }

    /** How many units of a fleet definition are in service at an instant by their shifts. */
    public static long inService(List<UnitDefinition> units, Instant at) {
        return units.stream().filter(u -> ShiftWindow.inService(u.shifts(), at)).count();
    }
}
