package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.util.List;

/**
 * Road travel times that never stop a run: a question the road network refuses (the incident too far from any
 * road, say in a park or on water) is answered with the estimate instead, every leg marked estimated, and counted.
 * Live, the operator would move the position; a simulation has nobody to ask.
 */
public final class RefusalFallbackTravelTimes implements TravelTimes {

    private final TravelTimes roads;
    private final TravelTimes estimate;
    private long refused;

    public RefusalFallbackTravelTimes(TravelTimes roads, TravelTimes estimate) {
        this.roads = roads;
        this.estimate = estimate;
    }

    /** How many questions the road network refused so far. */
    public long refused() {
        return refused;
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        try {
            return roads.toDestination(destination, origins);
        } catch (InvalidInputException e) {
            return estimated(estimate.toDestination(destination, origins));
        }
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        try {
            return roads.fromOrigin(origin, destinations);
        } catch (InvalidInputException e) {
            return estimated(estimate.fromOrigin(origin, destinations));
        }
    }

    private TravelTimeAnswer estimated(TravelTimeAnswer answer) {
        refused++;
        return new TravelTimeAnswer(answer.legs().stream()
                .map(l -> new TravelLeg(l.reachable(), l.duration(), l.metres(), l.snapMetres(), true)).toList(),
                true, answer.method() + " (the road network refused the position)");
    }
}
