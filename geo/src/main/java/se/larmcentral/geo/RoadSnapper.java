package se.larmcentral.geo;

import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalc;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import se.larmcentral.core.GeoPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches positions to the nearest drivable road with GraphHopper's location index, using the same filter as
 * GraphHopper's router (edges the profile may drive, outside tiny cut-off networks).
 */
final class RoadSnapper {

    private static final DistanceCalc DISTANCE = new DistanceCalcEarth();

    private final LocationIndex index;
    private final EdgeFilter filter;
    private final Weighting weighting;

    RoadSnapper(LocationIndex index, EdgeFilter filter, Weighting weighting) {
        this.index = index;
        this.filter = filter;
        this.weighting = weighting;
    }

    /** The GraphHopper snap of a position; {@link Snap#isValid()} is false when no road is near. */
    Snap findClosest(GeoPoint point) {
        return index.findClosest(point.lat(), point.lon(), filter);
    }

    /** The snapped position, or {@link SnappedPosition#NO_ROAD} when no road was found at all. */
    SnappedPosition snap(GeoPoint point) {
        Snap snap = findClosest(point);
        if (!snap.isValid()) {
            return SnappedPosition.NO_ROAD;
        }
        if (snap.getSnappedPosition() == Snap.Position.TOWER) {
            SnappedPosition.End[] here = {new SnappedPosition.End(snap.getClosestNode(), 0, 0, 0)};
            return new SnappedPosition(snap.getQueryDistance(), here, here, SnappedPosition.ON_NODE, 0,
                    Double.NaN, Double.NaN, 0, 0, 0);
        }
        EdgeIteratorState edge = snap.getClosestEdge();
        double fraction = fractionAlong(edge, snap);
        // Express everything in the edge's stored direction so two snaps on one edge compare directly.
        boolean reversed = edge.getEdgeKey() % 2 == 1;
        if (reversed) {
            edge = edge.detach(true);
            fraction = 1 - fraction;
        }
        double forward = weighting.calcEdgeWeight(edge, false);
        double backward = weighting.calcEdgeWeight(edge, true);
        double millisForward = Double.isFinite(forward) ? weighting.calcEdgeMillis(edge, false) : Double.NaN;
        double millisBackward = Double.isFinite(backward) ? weighting.calcEdgeMillis(edge, true) : Double.NaN;
        double metres = edge.getDistance();
        int base = edge.getBaseNode();
        int adj = edge.getAdjNode();
        List<SnappedPosition.End> departures = new ArrayList<>(2);
        List<SnappedPosition.End> arrivals = new ArrayList<>(2);
        double ahead = 1 - fraction;
        if (Double.isFinite(forward)) {
            departures.add(new SnappedPosition.End(adj, forward * ahead, millisForward * ahead, metres * ahead));
            arrivals.add(new SnappedPosition.End(base, forward * fraction, millisForward * fraction, metres * fraction));
        }
        if (Double.isFinite(backward)) {
            departures.add(new SnappedPosition.End(base, backward * fraction, millisBackward * fraction, metres * fraction));
            arrivals.add(new SnappedPosition.End(adj, backward * ahead, millisBackward * ahead, metres * ahead));
        }
        return new SnappedPosition(snap.getQueryDistance(),
                departures.toArray(SnappedPosition.End[]::new), arrivals.toArray(SnappedPosition.End[]::new),
                edge.getEdge(), fraction, forward, backward, millisForward, millisBackward, metres);
    }

    /** How far along the edge's geometry (0 at its base node, 1 at its adjacent node) the snapped point lies. */
    private static double fractionAlong(EdgeIteratorState edge, Snap snap) {
        PointList points = edge.fetchWayGeometry(FetchMode.ALL);
        int wayIndex = snap.getWayIndex();
        double before = 0;
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            double segment = DISTANCE.calcDist(points.getLat(i - 1), points.getLon(i - 1), points.getLat(i), points.getLon(i));
            if (i <= wayIndex) {
                before += segment;
            }
            total += segment;
        }
        if (snap.getSnappedPosition() == Snap.Position.EDGE) {
            before += DISTANCE.calcDist(points.getLat(wayIndex), points.getLon(wayIndex),
                    snap.getSnappedPoint().getLat(), snap.getSnappedPoint().getLon());
        }
        return total == 0 ? 0 : Math.min(1, before / total);
    }
}
