package se.larmcentral.calls;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A civic address (gatuadress) as PIDF-LO carries it (RFC 4119, RFC 5139): element name to value, for example
 * {@code country=SE, A1=Stockholms län, A2=Stockholm, A3=Stockholm, RD=Sveavägen, HNO=44, PC=11134}.
 * Kept as the elements given, so nothing the network sent is lost.
 */
public record CivicAddress(Map<String, String> elements) {

    public CivicAddress {
        elements = Collections.unmodifiableMap(new TreeMap<>(elements));
    }

    public String element(String name) {
        return elements.getOrDefault(name, "");
    }

    /** One line for an operator's screen: street, number, postcode, city, country (whatever is given). */
    public String oneLine() {
        String street = !element("RD").isEmpty() ? element("RD") : element("A6");
        String houseNumber = (element("HNO") + element("HNS")).strip();
        String city = !element("A3").isEmpty() ? element("A3") : element("A2");
        StringBuilder line = new StringBuilder();
        append(line, (street + " " + houseNumber).strip());
        append(line, (element("PC") + " " + city).strip());
        append(line, element("country"));
        return line.toString();
    }

    private static void append(StringBuilder line, String part) {
        if (!part.isEmpty()) {
            if (!line.isEmpty()) {
                line.append(", ");
            }
            line.append(part);
        }
    }
}
