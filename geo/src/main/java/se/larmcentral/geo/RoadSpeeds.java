package se.larmcentral.geo;

import se.larmcentral.core.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How fast an emergency vehicle is planned to drive on a road: the road's speed limit (its OSM {@code maxspeed};
 * where untagged, the urban or rural default limit) times a factor for its road class, never above
 * {@code maxKmh}.
 *
 * <p>An ambulance on a priority-1 call (utryckning) may exceed the limit, and on main roads traffic gives way, so
 * the factors there are above 1; in side streets, service roads and car parks it gains nothing and drives
 * slower than the limit, so their factors are 1 or below. Whether an untagged road lies in a town is GraphHopper's
 * urban density (from the density of residential roads within {@code urbanRadiusMetres}).
 *
 * @param urbanLimitKmh      the limit assumed on an untagged road in a built-up area (Sweden: 50)
 * @param ruralLimitKmh      the limit assumed on an untagged road outside built-up areas (Sweden: 70)
 * @param maxKmh             no road is driven faster than this, whatever its limit and factor
 * @param urbanRadiusMetres  the radius in which GraphHopper counts residential roads to call a road urban
 * @param urbanSensitivity   GraphHopper's residential-area sensitivity: higher calls fewer roads urban
 * @param factors            the emergency factor per road class
 */
public record RoadSpeeds(double urbanLimitKmh, double ruralLimitKmh, double maxKmh, double urbanRadiusMetres,
                         double urbanSensitivity, Factors factors) {

    /**
     * The factor the limit is multiplied by, per OSM road class ({@code highway=*}); {@code other} covers living
     * streets, service roads, tracks and anything else drivable. Links ({@code motorway_link}) count as their road.
     */
    public record Factors(double motorway, double trunk, double primary, double secondary, double tertiary,
                          double unclassified, double residential, double other) {

        public static final Factors DEFAULT = new Factors(1.1, 1.15, 1.2, 1.2, 1.15, 1.1, 1.0, 0.5);

        /** The factors by GraphHopper road class name, in the order the custom model tests them ({@code other} last). */
        Map<String, Double> byRoadClass() {
            Map<String, Double> map = new LinkedHashMap<>();
            map.put("MOTORWAY", motorway);
            map.put("TRUNK", trunk);
            map.put("PRIMARY", primary);
            map.put("SECONDARY", secondary);
            map.put("TERTIARY", tertiary);
            map.put("UNCLASSIFIED", unclassified);
            map.put("RESIDENTIAL", residential);
            return map;
        }
    }

    /** Swedish default limits, factors from 1.2 on main roads to 0.5 on service roads, at most 130 km/h. */
    public static final RoadSpeeds DEFAULT = new RoadSpeeds(50, 70, 130, 400, 6000, Factors.DEFAULT);

    /**
     * This model when every number is usable, otherwise an {@link InvalidInputException} naming the field
     * ({@code speeds.factors.motorway}) and the allowed range.
     */
    public RoadSpeeds checked() {
        limit("speeds.urbanLimitKmh", urbanLimitKmh);
        limit("speeds.ruralLimitKmh", ruralLimitKmh);
        limit("speeds.maxKmh", maxKmh);
        range("speeds.urbanRadiusMetres", urbanRadiusMetres, 50, 5_000, "metres");
        range("speeds.urbanSensitivity", urbanSensitivity, 1, 1_000_000, "");
        if (factors == null) {
            throw new InvalidInputException("speeds.factors", "is missing");
        }
        factors.byRoadClass().forEach((roadClass, factor) ->
                factor("speeds.factors." + roadClass.toLowerCase(Locale.ROOT), factor));
        factor("speeds.factors.other", factors.other());
        return this;
    }

    /** One line for explanations: how speeds are found, with every number. */
    public String describe() {
        StringBuilder text = new StringBuilder("speed = posted limit (maxspeed; untagged: ")
                .append(kmh(urbanLimitKmh)).append(" km/h in built-up areas, ")
                .append(kmh(ruralLimitKmh)).append(" km/h outside) x factor by road class (");
        factors.byRoadClass().forEach((roadClass, factor) -> text.append(roadClass.toLowerCase(Locale.ROOT))
                .append(' ').append(number(factor)).append(", "));
        return text.append("other ").append(number(factors.other())).append("), at most ")
                .append(kmh(maxKmh)).append(" km/h").toString();
    }

    private static void limit(String field, double kmh) {
        range(field, kmh, 5, 250, "km/h");
    }

    private static void factor(String field, double factor) {
        range(field, factor, 0.1, 3, "");
    }

    private static void range(String field, double value, double min, double max, String unit) {
        if (!Double.isFinite(value) || value < min || value > max) {
            String units = unit.isEmpty() ? "" : " " + unit;
            throw new InvalidInputException(field, "must be between " + number(min) + " and " + number(max) + units
                    + ", was " + number(value));
        }
    }

    private static String kmh(double kmh) {
        return number(kmh);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
