package se.larmcentral.centre.dispatch;

import se.larmcentral.calls.MunicipalityLocation;
import se.larmcentral.calls.MunicipalityLookup;
import se.larmcentral.core.GeoPoint;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The region the centre sends units in: the counties of its contract (a county's municipality codes begin with the
 * county's two digits, 01 for Stockholm), found through the municipality boundaries. A position outside it (another
 * county, the sea, abroad) is no place to send an ambulance from here without a person saying why; a position whose
 * latitude and longitude were swapped is named as such. Without boundaries the centre cannot tell and says so.
 *
 * @param counties the two-digit SCB county codes served; empty: every county (all of Sweden)
 */
public record ServiceRegion(Set<String> counties, MunicipalityLookup lookup) {

    public ServiceRegion {
        counties = Set.copyOf(new TreeSet<>(counties));
    }

    /** No boundaries: nothing can be checked. */
    public static ServiceRegion unchecked() {
        return new ServiceRegion(Set.of(), MunicipalityLookup.none());
    }

    public boolean checked() {
        return lookup.configured();
    }

    /** Why {@code position} is outside the region, or empty when it is inside (or nothing can be checked). */
    public Optional<String> outside(GeoPoint position) {
        if (!checked()) {
            return Optional.empty();
        }
        MunicipalityLocation located = lookup.locate(position);
        if (located.found() && serves(located.code())) {
            return Optional.empty();
        }
        String where = located.found() ? "in " + located.code() + " " + located.name() : "at sea or abroad";
        String reason = position.lat() + "," + position.lon() + " is " + where + ", outside the centre's region ("
                + (counties.isEmpty() ? "Sweden" : "county " + String.join(", ", counties)) + ")";
        return Optional.of(reason + swapHint(position));
    }

    /** Whether the municipality {@code code} lies in the region. */
    public boolean serves(String municipalityCode) {
        return municipalityCode != null && (counties.isEmpty()
                || (municipalityCode.length() == 4 && counties.contains(municipalityCode.substring(0, 2))));
    }

    private String swapHint(GeoPoint position) {
        if (Math.abs(position.lon()) > 90) {
            return "";
        }
        GeoPoint swapped = new GeoPoint(position.lon(), position.lat());
        MunicipalityLocation there = lookup.locate(swapped);
        return there.found() && serves(there.code()) ? "; latitude and longitude look swapped: " + swapped.lat() + ","
                + swapped.lon() + " is in " + there.code() + " " + there.name() : "";
    }
}
