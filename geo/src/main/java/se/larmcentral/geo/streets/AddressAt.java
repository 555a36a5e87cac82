package se.larmcentral.geo.streets;

import se.larmcentral.core.GeoPoint;

import java.util.Optional;

/**
 * What a position is called (reverse geocoding): the nearest address within reach, else the nearest street; and the
 * nearest named place, when any lies within reach. Each with its distance in whole metres.
 */
public record AddressAt(GeoPoint at, Optional<Near<Address>> address, Optional<Near<String>> street,
                        Optional<Near<Place>> place) {

    /** A thing and how far it lies from the position. */
    public record Near<T>(T thing, int metres) {
    }
}
