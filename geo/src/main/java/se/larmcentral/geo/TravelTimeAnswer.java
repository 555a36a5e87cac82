package se.larmcentral.geo;

import java.util.List;

/**
 * The answer to a travel-time question.
 *
 * @param legs      one per origin (or destination) asked about, in the order asked
 * @param estimated true when no road network was used (straight line times a detour factor)
 * @param method    how the times were found, for the explanation shown to the operator
 */
public record TravelTimeAnswer(List<TravelLeg> legs, boolean estimated, String method) {

    public TravelTimeAnswer {
        legs = List.copyOf(legs);
    }
}
