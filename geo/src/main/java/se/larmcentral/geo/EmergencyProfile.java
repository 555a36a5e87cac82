package se.larmcentral.geo;

import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;

import java.util.Locale;
import java.util.Map;

/**
 * The emergency-vehicle routing profile: a GraphHopper custom model whose speed on a road is its speed limit
 * times an emergency factor for its road class ({@link RoadSpeeds}).
 *
 * <p>The limit is GraphHopper's parsed {@code max_speed} (from the OSM {@code maxspeed} tag, missing when
 * untagged); untagged roads get the urban or the rural default by GraphHopper's {@code urban_density}. The
 * speed statements run in three blocks, each only lowering the speed: tagged limit × factor, default limit ×
 * factor where untagged, and the overall maximum.
 *
 * <p>Access follows GraphHopper's car access ({@code car_access}): one-way streets are obeyed in their
 * direction (an ambulance may legally drive against one, but a recommendation should not count on it), and
 * roads closed to motor vehicles are not used. No distance influence: the fastest route is chosen.
 */
public final class EmergencyProfile {

    /** The GraphHopper profile name. */
    public static final String NAME = "emergency";

    /** The encoded values the import must store for this profile. */
    public static final String ENCODED_VALUES = "car_access, road_class, road_class_link, max_speed, urban_density";

    /** GraphHopper stores limits up to 252 km/h; a missing tag reads as infinity, so above this means untagged. */
    private static final String UNTAGGED = "max_speed > 300";

    private EmergencyProfile() {
    }

    /** The GraphHopper custom model for these speeds. */
    public static CustomModel customModel(RoadSpeeds speeds) {
        CustomModel model = new CustomModel();
        model.setDistanceInfluence(0d);
        model.addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"));
        Map<String, Double> factors = speeds.factors().byRoadClass();
        double other = speeds.factors().other();
        // Block 1: the posted limit times the class's factor (infinite, so no limit, where untagged).
        boolean first = true;
        for (Map.Entry<String, Double> factor : factors.entrySet()) {
            String condition = "road_class == " + factor.getKey();
            String value = "max_speed * " + number(factor.getValue());
            model.addToSpeed(first ? Statement.If(condition, Statement.Op.LIMIT, value)
                    : Statement.ElseIf(condition, Statement.Op.LIMIT, value));
            first = false;
        }
        model.addToSpeed(Statement.Else(Statement.Op.LIMIT, "max_speed * " + number(other)));
        // Block 2: untagged roads, the default limit of a built-up area or of the countryside times the factor.
        first = true;
        for (String area : new String[] {"urban_density != RURAL", "urban_density == RURAL"}) {
            double limit = area.contains("!=") ? speeds.urbanLimitKmh() : speeds.ruralLimitKmh();
            for (Map.Entry<String, Double> factor : factors.entrySet()) {
                String condition = UNTAGGED + " && " + area + " && road_class == " + factor.getKey();
                String value = number(limit * factor.getValue());
                model.addToSpeed(first ? Statement.If(condition, Statement.Op.LIMIT, value)
                        : Statement.ElseIf(condition, Statement.Op.LIMIT, value));
                first = false;
            }
            model.addToSpeed(Statement.ElseIf(UNTAGGED + " && " + area, Statement.Op.LIMIT, number(limit * other)));
        }
        // Block 3: never above the overall maximum.
        model.addToSpeed(Statement.If("true", Statement.Op.LIMIT, number(speeds.maxKmh())));
        return model;
    }

    /** The GraphHopper profile. */
    public static Profile profile(RoadSpeeds speeds) {
        return new Profile(NAME).setCustomModel(customModel(speeds));
    }

    /** A one-line description of the profile for explanations. */
    public static String describe(RoadSpeeds speeds) {
        return "emergency-vehicle profile (" + speeds.describe() + "; one-way streets obeyed)";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
