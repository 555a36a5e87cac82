package se.larmcentral.dispatch.moveup;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.Objects;

/**
 * A place where calls come from, with its share of them (a town's population, or the calls seen there).
 *
 * @param weight   how much demand it stands for, in any unit (calls a year, inhabitants); more than zero
 * @param priority the priority whose coverage target applies to it (1-4)
 */
public record DemandPoint(String id, GeoPoint position, double weight, int priority) {

    public DemandPoint {
        Objects.requireNonNull(position, "position");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "a demand point needs an id");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new InvalidInputException("weight", "must be a number above 0, was " + weight);
        }
        if (priority < 1 || priority > 4) {
            throw new InvalidInputException("priority", "must be 1-4, was " + priority);
        }
    }
}
