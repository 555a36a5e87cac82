package se.larmcentral.geo.streets;

import se.larmcentral.core.GeoPoint;

/**
 * One answer of the address and place search, best first.
 *
 * @param label  what the operator reads: "Drottninggatan 78, 111 36 Stockholm", "Götgatan", "Östermalm"
 * @param detail the place's kind ({@code suburb}, {@code square}, ...), the street's road class, the address's city
 * @param score  the search's relevance, only to compare hits of one answer
 */
public record SearchHit(Kind kind, String label, String detail, GeoPoint at, float score) {

    public enum Kind { ADDRESS, STREET, PLACE }
}
