package se.larmcentral.geo.streets;

import se.larmcentral.core.GeoPoint;

/**
 * A street address (gatuadress) from the extract's {@code addr:*} tags; postcode and city are empty when untagged.
 */
public record Address(String street, String number, String postcode, String city, GeoPoint at) {

    /** "Drottninggatan 1, 111 51 Stockholm", as an operator reads it back to the caller. */
    public String label() {
        StringBuilder text = new StringBuilder(street).append(' ').append(number);
        String tail = (postcode + " " + city).strip();
        if (!tail.isEmpty()) {
            text.append(", ").append(tail);
        }
        return text.toString();
    }
}
