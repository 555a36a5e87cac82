package se.larmcentral.geo;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Road travel times where the road network covers the positions, estimates where it does not, leg by leg.
 *
 * <p>An extract covers an area (the bounding box of its road graph, {@link RoadNetworkTravelTimes#covers}). A leg
 * with an end outside that area cannot be routed, so it is estimated ({@link EstimatedTravelTimes}) and marked
 * ({@link TravelLeg#estimated()}); the answer's method says how many legs and why. When the single position a
 * question is about lies outside the area, every leg is estimated. Inside the area nothing changes: a position
 * farther from a road than the configured distance is still refused (it is more likely a wrong position than a
 * place without roads), and a unit off the roads inside the area is still unreachable.
 */
public final class CoverageFallbackTravelTimes implements TravelTimes, AutoCloseable {

    private final RoadNetworkTravelTimes road;
    private final EstimatedTravelTimes estimate;

    public CoverageFallbackTravelTimes(RoadNetworkTravelTimes road, EstimatedTravelTimes estimate) {
        this.road = road;
        this.estimate = estimate;
    }

    public RoadNetworkTravelTimes road() {
        return road;
    }

    /** Whether road travel times are possible at {@code position} (see {@link RoadNetworkTravelTimes#covers}). */
    public boolean covers(GeoPoint position) {
        return road.covers(position);
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        return combine(destination, "destination", origins, "origins", road::toDestination, estimate::toDestination);
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        return combine(origin, "origin", destinations, "destinations", road::fromOrigin, estimate::fromOrigin);
    }

    /** The road network's route when it covers both ends; else none (an estimate has no route to draw). */
    @Override
    public java.util.Optional<RoutePath> path(GeoPoint from, GeoPoint to) {
        return road.covers(from) && road.covers(to) ? road.path(from, to) : java.util.Optional.empty();
    }

    @Override
    public void close() {
        road.close();
    }

    private TravelTimeAnswer combine(GeoPoint point, String pointField, List<GeoPoint> others, String othersField,
                                     BiFunction<GeoPoint, List<GeoPoint>, TravelTimeAnswer> roadQuery,
                                     BiFunction<GeoPoint, List<GeoPoint>, TravelTimeAnswer> estimateQuery) {
        if (point == null) {
            throw new InvalidInputException(pointField, "is missing");
        }
        if (others == null) {
            throw new InvalidInputException(othersField, "is missing");
        }
        String outsideText = "outside the road network of " + road.config().osmExtract().getFileName()
                + " (" + road.coverageText() + ")";
        if (!road.covers(point)) {
            TravelTimeAnswer estimated = estimateQuery.apply(point, others);
            return new TravelTimeAnswer(estimated.legs(), true, "estimated: " + estimate.formula() + "; the "
                    + pointField + " lies " + outsideText);
        }
        List<GeoPoint> covered = new ArrayList<>(others.size());
        List<GeoPoint> outside = new ArrayList<>();
        boolean[] isCovered = new boolean[others.size()];
        for (int i = 0; i < others.size(); i++) {
            GeoPoint other = others.get(i);
            if (other == null) {
                throw new InvalidInputException(othersField + "[" + i + "]", "is missing");
            }
            isCovered[i] = road.covers(other);
            (isCovered[i] ? covered : outside).add(other);
        }
        TravelTimeAnswer roadAnswer = roadQuery.apply(point, covered);
        if (outside.isEmpty()) {
            return roadAnswer;
        }
        TravelTimeAnswer estimated = estimateQuery.apply(point, outside);
        List<TravelLeg> legs = new ArrayList<>(others.size());
        int nextCovered = 0;
        int nextOutside = 0;
        for (int i = 0; i < others.size(); i++) {
            legs.add(isCovered[i] ? roadAnswer.legs().get(nextCovered++) : estimated.legs().get(nextOutside++));
        }
        String method = roadAnswer.method() + "; " + outside.size() + " of " + others.size() + " " + othersField
                + " lie " + outsideText + " and are ESTIMATED: " + estimate.formula();
        return new TravelTimeAnswer(legs, covered.isEmpty(), method);
    }
}
