package se.larmcentral.geo.streets;

import java.util.List;

/** What the map needs from an OpenStreetMap extract: its named streets, places and addresses. */
public record MapExtract(List<Street> streets, List<Place> places, List<Address> addresses) {

    public MapExtract {
        streets = List.copyOf(streets);
        places = List.copyOf(places);
        addresses = List.copyOf(addresses);
    }
}
