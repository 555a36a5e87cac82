package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.geo.TravelLeg;
import se.larmcentral.geo.TravelTimeAnswer;
import se.larmcentral.geo.TravelTimes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the destination hospital (val av akutmottagning): the nearest by road travel time among the registered
 * hospitals with the needed capability (adult, children, intensive care). One {@link TravelTimes#fromOrigin} call.
 * Ties go to the hospital registered first.
 */
public final class HospitalChooser {

    private HospitalChooser() {
    }

    /**
     * A hospital considered, with its travel time.
     *
     * @param travelEstimated true when this travel time is an estimate (no road network, or not covered by it)
     */
    public record Option(String hospitalId, String name, boolean reachable, Duration travel, double metres,
                         boolean travelEstimated) {
    }

    /**
     * The choice and the alternatives, nearest first.
     *
     * @param alternatives    every suitable hospital with a route, nearest first (the chosen one first)
     * @param travelEstimated true when the chosen hospital's travel time is an estimate
     */
    public record Choice(Option hospital, List<Option> alternatives, boolean travelEstimated, String explanation) {
    }

    public static Choice choose(DispatchState state, GeoPoint from, HospitalCapability needed, TravelTimes travelTimes) {
        return choose(List.copyOf(state.hospitals()), from, needed, travelTimes);
    }

    /**
     * The same among {@code hospitals} (the registered ones, copied from the state): a server copies them under
     * its read lock and searches after releasing it.
     */
    public static Choice choose(List<Hospital> hospitals, GeoPoint from, HospitalCapability needed, TravelTimes travelTimes) {
        if (from == null) {
            throw new InvalidInputException("position", "is missing");
        }
        if (needed == null) {
            throw new InvalidInputException("capability", "is missing; give ADULT, CHILDREN or INTENSIVE_CARE");
        }
        List<Hospital> suitable = hospitals.stream().filter(h -> h.has(needed)).toList();
        if (suitable.isEmpty()) {
            throw new NotFoundException("capability", "no registered hospital takes " + needed);
        }
        TravelTimeAnswer answer = travelTimes.fromOrigin(from, suitable.stream().map(Hospital::position).toList());
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < suitable.size(); i++) {
            TravelLeg leg = answer.legs().get(i);
            if (leg.reachable()) {
                Hospital h = suitable.get(i);
                options.add(new Option(h.id(), h.name(), true, leg.duration(), leg.metres(),
                        answer.estimated() || leg.estimated()));
            }
        }
        if (options.isEmpty()) {
            throw new NotFoundException("position", "no hospital taking " + needed + " can be reached by road from "
                    + from.lat() + "," + from.lon());
        }
        options.sort(Comparator.comparing(Option::travel));
        Option best = options.getFirst();
        String explanation = best.name() + " is the nearest of " + suitable.size() + " hospital(s) taking " + needed
                + ": " + Durations.text(best.travel()) + " by road (" + answer.method() + ")"
                + (options.size() > 1 ? "; next " + options.get(1).name() + " at " + Durations.text(options.get(1).travel()) : "");
        return new Choice(best, options, best.travelEstimated(), explanation);
    }
}
