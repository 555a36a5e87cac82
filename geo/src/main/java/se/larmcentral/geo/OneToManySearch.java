package se.larmcentral.geo;

/** How {@link RoadNetworkTravelTimes} answers a one-to-many question; the answers are the same. */
public enum OneToManySearch {

    /** One Dijkstra search on the plain road graph, stopping once every asked position is settled. */
    DIJKSTRA("one search from the %s"),

    /**
     * An upward search on GraphHopper's contraction hierarchies and one sweep down over all nodes (PHAST):
     * a fixed, small cost per node, several times faster than Dijkstra. The default.
     */
    CONTRACTION_HIERARCHIES("one search from the %s (contraction hierarchies, PHAST)");

    private final String text;

    OneToManySearch(String text) {
        this.text = text;
    }

    /** The search for an answer's method, from the {@code destination} or the {@code origin}. */
    String describe(String start) {
        return String.format(text, start);
    }
}
