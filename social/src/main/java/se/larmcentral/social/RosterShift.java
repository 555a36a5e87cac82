package se.larmcentral.social;

import java.time.Instant;
import java.util.Objects;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.core.SwedishTime;

/**
 * One shift of a jour's roster (jourlista): a fixed interval of real time (start included, end excluded),
 * whole seconds, with the person on duty and the number that reaches them.
 */
public record RosterShift(Instant start, Instant end, String person, PhoneNumber number) {

    public RosterShift {
        if (start == null) {
            throw new InvalidInputException("start", "a roster shift needs a start");
        }
        if (end == null) {
            throw new InvalidInputException("end", "a roster shift needs an end");
        }
        if (start.getNano() != 0 || end.getNano() != 0) {
            throw new InvalidInputException("start", "roster shift times must be whole seconds");
        }
        if (!end.isAfter(start)) {
            throw new InvalidInputException("end", "shift of " + person + " ends at " + end + ", not after its start " + start);
        }
        if (person == null || person.isBlank()) {
            throw new InvalidInputException("person", "a roster shift needs the person on duty");
        }
        Objects.requireNonNull(number, "number");
    }

    public boolean overlaps(RosterShift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** For error messages and explanations: {@code Anna Berg 2025-12-24 08:00-16:00}. */
    public String describe() {
        var s = start.atZone(SwedishTime.ZONE);
        var e = end.atZone(SwedishTime.ZONE);
        return person + " " + s.toLocalDate() + " " + s.toLocalTime() + " to "
                + (e.toLocalDate().equals(s.toLocalDate()) ? "" : e.toLocalDate() + " ") + e.toLocalTime();
    }
}
