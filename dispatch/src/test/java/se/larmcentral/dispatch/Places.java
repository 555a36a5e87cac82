package se.larmcentral.dispatch;

import se.larmcentral.core.GeoPoint;

/** Positions used by the tests: a grid around Södersjukhuset, where 0.009 degrees latitude is about 1 km. */
final class Places {

    static final GeoPoint CENTRE = new GeoPoint(59.3098, 18.0519);

    private Places() {
    }

    /** About {@code km} kilometres north of {@link #CENTRE}. */
    static GeoPoint north(double km) {
        return new GeoPoint(CENTRE.lat() + km * 0.008993, CENTRE.lon());
    }

    static GeoPoint south(double km) {
        return new GeoPoint(CENTRE.lat() - km * 0.008993, CENTRE.lon());
    }
}
