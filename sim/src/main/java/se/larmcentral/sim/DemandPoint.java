package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

/** A place calls come from, with its share of the calls (a weight: population, or past calls). */
public record DemandPoint(GeoPoint position, double weight) {

    public DemandPoint {
        if (!(weight > 0) || !Double.isFinite(weight)) {
            throw new InvalidInputException("weight", "must be a positive number, was " + weight);
        }
    }
}
