package se.larmcentral.sim;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Travel times that remember {@code fromOrigin} answers (the hospital choice from an incident's place, the drive back
 * to the station) for positions asked before: a simulation asks the same trips over and over (calls come from a
 * fixed set of places, units return from the same hospitals), and a road answer depends only on the positions, so
 * remembering changes no decision. {@code toDestination} (the recommendation, from wherever the units are) is always
 * asked, as live. At most {@value #LIMIT} answers are kept, the least recently used dropped first.
 */
final class RememberedTrips implements TravelTimes {

    static final int LIMIT = 100_000;

    private final TravelTimes travel;
    private final Map<List<GeoPoint>, TravelTimeAnswer> answers = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<GeoPoint>, TravelTimeAnswer> eldest) {
            return size() > LIMIT;
        }
    };

    RememberedTrips(TravelTimes travel) {
        this.travel = travel;
    }

    @Override
    public TravelTimeAnswer toDestination(GeoPoint destination, List<GeoPoint> origins) {
        return travel.toDestination(destination, origins);
    }

    @Override
    public TravelTimeAnswer fromOrigin(GeoPoint origin, List<GeoPoint> destinations) {
        List<GeoPoint> key = new ArrayList<>(destinations.size() + 1);
        key.add(origin);
        key.addAll(destinations);
        TravelTimeAnswer answer = answers.get(key);
        if (answer == null) {
            answer = travel.fromOrigin(origin, destinations);
            answers.put(List.copyOf(key), answer);
        }
        return answer;
    }
}
