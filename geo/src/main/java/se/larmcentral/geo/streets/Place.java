package se.larmcentral.geo.streets;

import se.larmcentral.core.GeoPoint;

/**
 * A named place of the extract (ortnamn): a district, a neighbourhood, a square, a city block; {@code kind} is its
 * {@code place=} value.
 */
public record Place(String name, String kind, GeoPoint at) {
}
