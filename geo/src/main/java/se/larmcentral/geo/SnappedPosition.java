package se.larmcentral.geo;

/**
 * A position matched to the road graph: the graph nodes one can leave it to or reach it from, each with the
 * cost of the partial road segment between the position and that node.
 *
 * <p>A position on a junction has that node at zero cost. A position part-way along a road segment has the
 * segment's end nodes, in the directions the profile may drive; {@code edge} and {@code fraction} (measured
 * from the segment's stored base node) let two positions on the same segment be joined directly.
 *
 * @param snapMetres how far the asked position lay from the road
 */
record SnappedPosition(double snapMetres, End[] departures, End[] arrivals, int edge, double fraction,
                       double forwardWeight, double backwardWeight, double edgeMillisForward,
                       double edgeMillisBackward, double edgeMetres) {

    /** A node next to the position and the cost of the partial segment between them. */
    record End(int node, double weight, double millis, double metres) {
    }

    /** No edge: the position lies on a junction. */
    static final int ON_NODE = -1;

    /** The answer for a position with no drivable road anywhere near (outside the extract). */
    static final SnappedPosition NO_ROAD = new SnappedPosition(Double.POSITIVE_INFINITY, new End[0], new End[0],
            ON_NODE, 0, Double.NaN, Double.NaN, 0, 0, 0);

    boolean hasRoad() {
        return snapMetres != Double.POSITIVE_INFINITY;
    }

    /**
     * The cost of driving from {@code this} to {@code to} along their shared segment without passing a
     * junction, or null when they are not on the same segment or the direction is not allowed.
     */
    End directTo(SnappedPosition to) {
        if (edge == ON_NODE || edge != to.edge) {
            return null;
        }
        double span = to.fraction - fraction;
        if (span >= 0 && Double.isFinite(forwardWeight)) {
            return new End(-1, forwardWeight * span, edgeMillisForward * span, edgeMetres * span);
        }
        if (span <= 0 && Double.isFinite(backwardWeight)) {
            return new End(-1, backwardWeight * -span, edgeMillisBackward * -span, edgeMetres * -span);
        }
        return null;
    }
}
