package se.larmcentral.sim;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.dispatch.FleetDefinition;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one simulated region needs: its fleet (as the product loads it), road travel times, the crews' and
 * operators' times, the calls, and the response-time targets it is judged by.
 *
 * @param zone       the region's time zone (hour-of-week demand, shifts are Swedish time as in the product)
 * @param start      the first simulated instant
 * @param travel     road travel times, as live ({@code toDestination} one-to-many for the recommendation)
 * @param travelName how the travel times are found, for the report
 * @param targets    response-time target per priority (1-4), for the report and DMEXCLP's coverage
 * @param moveUp     the default policy and the move-up policies' settings
 */
public record Scenario(String name, ZoneId zone, Instant start, FleetDefinition fleet, TravelTimes travel,
                       String travelName, ServiceModel service, Demand demand, Map<Integer, Duration> targets,
                       MoveUpOptions moveUp) {

    public Scenario(String name, ZoneId zone, Instant start, FleetDefinition fleet, TravelTimes travel,
                    String travelName, ServiceModel service, Demand demand, Map<Integer, Duration> targets) {
        this(name, zone, start, fleet, travel, travelName, service, demand, targets, MoveUpOptions.DEFAULT);
    }

    public Scenario {
        if (fleet.units().isEmpty()) {
            throw new InvalidInputException("fleet", "scenario '" + name + "' has no units");
        }
        targets = Map.copyOf(new TreeMap<>(targets));
        moveUp = moveUp == null ? MoveUpOptions.DEFAULT : moveUp;
    }

    public Scenario withMoveUp(MoveUpOptions other) {
        return new Scenario(name, zone, start, fleet, travel, travelName, service, demand, targets, other);
    }

    /** The same scenario with other calls (a trace instead of the generator, say). */
    public Scenario withDemand(Demand other) {
        return new Scenario(name, zone, start, fleet, travel, travelName, service, other, targets, moveUp);
    }

    /** The same scenario with other travel times (a baseline, say). */
    public Scenario withTravel(TravelTimes other, String otherName) {
        return new Scenario(name, zone, start, fleet, other, otherName, service, demand, targets, moveUp);
    }

    public Scenario withStart(Instant other) {
        return new Scenario(name, zone, other, fleet, travel, travelName, service, demand, targets, moveUp);
    }
}
