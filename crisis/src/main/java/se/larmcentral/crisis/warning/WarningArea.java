package se.larmcentral.crisis.warning;

import se.larmcentral.core.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where a warning applies (CAP {@code area}): described in words, by SCB municipality codes (written as CAP geocodes
 * under {@link #GEOCODE_NAME}) and/or by polygons. At least one code or polygon.
 */
public record WarningArea(String description, List<String> municipalityCodes, List<Polygon> polygons) {

    /** The CAP geocode valueName of an SCB municipality code (kommunkod). */
    public static final String GEOCODE_NAME = "SCB-kommunkod";

    public WarningArea {
        municipalityCodes = Copies.of(municipalityCodes);
        polygons = Copies.of(polygons);
    }

    static WarningArea checked(String field, WarningArea area) {
        if (area == null) {
            throw new InvalidInputException(field, "is missing");
        }
        String description = Texts.required(field + ".description", area.description(), 200, false);
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < area.municipalityCodes().size(); i++) {
            String code = area.municipalityCodes().get(i);
            if (code == null || !code.matches("\\d{4}")) {
                throw new InvalidInputException(field + ".municipalityCodes[" + i + "]",
                        "must be an SCB municipality code (four digits, e.g. 0180), was '" + code + "'");
            }
            codes.add(code);
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < area.polygons().size(); i++) {
            polygons.add(Polygon.checked(field + ".polygons[" + i + "]", area.polygons().get(i)));
        }
        if (codes.isEmpty() && polygons.isEmpty()) {
            throw new InvalidInputException(field, "names no place: give municipality codes or a polygon");
        }
        return new WarningArea(description, List.copyOf(codes), polygons);
    }

    /** Whether it covers the municipality with this SCB code. */
    public boolean covers(String municipalityCode) {
        return municipalityCodes.contains(municipalityCode);
    }
}
