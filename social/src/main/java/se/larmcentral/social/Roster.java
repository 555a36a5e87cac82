package se.larmcentral.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.larmcentral.core.ConflictException;

/**
 * A jour's roster (jourlista): non-overlapping shifts sorted by start, with their starts and ends as epoch
 * seconds in arrays so that "who is on duty at t" is a binary search. Immutable; changes give a new roster.
 */
public final class Roster {

    public static final Roster EMPTY = new Roster(List.of());

    private final List<RosterShift> shifts;
    private final long[] starts;
    private final long[] ends;

    private Roster(List<RosterShift> sortedShifts) {
        this.shifts = List.copyOf(sortedShifts);
        this.starts = new long[shifts.size()];
        this.ends = new long[shifts.size()];
        for (int i = 0; i < shifts.size(); i++) {
            starts[i] = shifts.get(i).start().getEpochSecond();
            ends[i] = shifts.get(i).end().getEpochSecond();
        }
    }

    /**
     * Refuses shifts that overlap each other, naming both and the field of the offending one
     * ({@code shifts[3]}); {@code existing} are shifts already kept, named as such.
     */
    public static void requireNoOverlap(List<RosterShift> existing, List<RosterShift> added) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> added.get(i).start()));
        for (int k = 1; k < order.size(); k++) {
            RosterShift a = added.get(order.get(k - 1));
            RosterShift b = added.get(order.get(k));
            if (a.overlaps(b)) {
                throw new ConflictException("shifts[" + order.get(k) + "]", "roster shift " + b.describe()
                        + " (shifts[" + order.get(k) + "]) overlaps shift " + a.describe() + " (shifts[" + order.get(k - 1) + "])");
            }
        }
        Roster kept = EMPTY.withSorted(existing);
        for (int i = 0; i < added.size(); i++) {
            RosterShift b = added.get(i);
            RosterShift clash = kept.firstOverlapping(b);
            if (clash != null) {
                throw new ConflictException("shifts[" + i + "]", "roster shift " + b.describe() + " (shifts[" + i
                        + "]) overlaps the rostered shift " + clash.describe());
            }
        }
    }

    /** The shift covering {@code at}, or {@code null} in a gap. */
    public RosterShift shiftAt(Instant at) {
        int i = lastStartingAtOrBefore(at.getEpochSecond());
        return i >= 0 && at.getEpochSecond() < ends[i] ? shifts.get(i) : null;
    }

    /** Index of the last shift starting at or before {@code second}, or -1. */
    private int lastStartingAtOrBefore(long second) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= second) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private RosterShift firstOverlapping(RosterShift s) {
        int i = Math.max(0, lastStartingAtOrBefore(s.start().getEpochSecond()));
        for (; i < shifts.size() && starts[i] < s.end().getEpochSecond(); i++) {
            if (shifts.get(i).overlaps(s)) {
                return shifts.get(i);
            }
        }
        return null;
    }

    /** All shifts, sorted by start. */
    public List<RosterShift> shifts() {
        return shifts;
    }

    /** Shifts that overlap [from, to), sorted by start. */
    public List<RosterShift> overlapping(Instant from, Instant to) {
        List<RosterShift> out = new ArrayList<>();
        int i = Math.max(0, lastStartingAtOrBefore(from.getEpochSecond()));
        for (; i < shifts.size() && shifts.get(i).start().isBefore(to); i++) {
            if (shifts.get(i).end().isAfter(from)) {
                out.add(shifts.get(i));
            }
        }
        return out;
    }

    public Roster with(List<RosterShift> added) {
        List<RosterShift> all = new ArrayList<>(shifts);
        all.addAll(added);
        return withSorted(all);
    }

    /** This roster without the shifts starting in [from, to), plus {@code added}. */
    public Roster replacing(Instant from, Instant to, List<RosterShift> added) {
        List<RosterShift> all = new ArrayList<>();
        for (RosterShift s : shifts) {
            if (s.start().isBefore(from) || !s.start().isBefore(to)) {
                all.add(s);
            }
        }
        all.addAll(added);
        return withSorted(all);
    }

    private Roster withSorted(List<RosterShift> all) {
        List<RosterShift> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(RosterShift::start));
        return new Roster(sorted);
    }

    public int size() {
        return shifts.size();
    }
}
