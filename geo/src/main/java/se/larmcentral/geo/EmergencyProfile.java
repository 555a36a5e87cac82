package se.larmcentral.geo;

import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;

import java.util.List;

/**
 * The emergency-vehicle routing profile: a GraphHopper custom model with one speed per OSM road class.
 *
 * <p>An ambulance on a prio 1 call drives faster than ordinary traffic on main roads (lights and sirens,
 * traffic gives way) but gains little in narrow streets. The speeds below are planning speeds for a
 * recommendation, in km/h, not legal limits; they ignore posted {@code maxspeed}, because an ambulance under
 * emergency driving is exempt from it. GraphHopper's own car profile uses about 100/70/65/60/50/30 km/h
 * (capped at 90 % of the posted limit), so these are 10-25 % faster on main roads.
 *
 * <table>
 *   <caption>Speeds by road class (OSM {@code highway=*})</caption>
 *   <tr><th>road class</th><th>km/h</th></tr>
 *   <tr><td>motorway</td><td>110</td></tr>
 *   <tr><td>trunk</td><td>90</td></tr>
 *   <tr><td>primary</td><td>75</td></tr>
 *   <tr><td>secondary</td><td>65</td></tr>
 *   <tr><td>tertiary</td><td>55</td></tr>
 *   <tr><td>unclassified, residential</td><td>40</td></tr>
 *   <tr><td>living_street, service, track and anything else drivable</td><td>20</td></tr>
 * </table>
 *
 * <p>Access follows GraphHopper's car access ({@code car_access}): one-way streets are obeyed in their
 * direction (an ambulance may legally drive against one, but a recommendation should not count on it), and
 * roads closed to motor vehicles are not used. No distance influence: the fastest route is chosen.
 */
public final class EmergencyProfile {

    /** The GraphHopper profile name. */
    public static final String NAME = "emergency";

    /** The encoded values the import must store for this profile. */
    public static final String ENCODED_VALUES = "car_access, road_class";

    /** Speed per road class, in the order the custom model tests them; the last one applies to the rest. */
    public static final List<RoadClassSpeed> SPEEDS = List.of(
            new RoadClassSpeed("MOTORWAY", 110),
            new RoadClassSpeed("TRUNK", 90),
            new RoadClassSpeed("PRIMARY", 75),
            new RoadClassSpeed("SECONDARY", 65),
            new RoadClassSpeed("TERTIARY", 55),
            new RoadClassSpeed("UNCLASSIFIED", 40),
            new RoadClassSpeed("RESIDENTIAL", 40));

    /** Speed on every other drivable road (living streets, service roads, tracks). */
    public static final int OTHER_ROADS_KMH = 20;

    private EmergencyProfile() {
    }

    /** One line of the speed table. */
    public record RoadClassSpeed(String roadClass, int kmh) {
    }

    /** The GraphHopper custom model of the profile. */
    public static CustomModel customModel() {
        CustomModel model = new CustomModel();
        model.setDistanceInfluence(0d);
        model.addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"));
        for (int i = 0; i < SPEEDS.size(); i++) {
            RoadClassSpeed speed = SPEEDS.get(i);
            String condition = "road_class == " + speed.roadClass();
            String value = Integer.toString(speed.kmh());
            model.addToSpeed(i == 0
                    ? Statement.If(condition, Statement.Op.LIMIT, value)
                    : Statement.ElseIf(condition, Statement.Op.LIMIT, value));
        }
        model.addToSpeed(Statement.Else(Statement.Op.LIMIT, Integer.toString(OTHER_ROADS_KMH)));
        return model;
    }

    /** The GraphHopper profile. */
    public static Profile profile() {
        return new Profile(NAME).setCustomModel(customModel());
    }

    /** A one-line description of the profile for explanations and cache keys. */
    public static String describe() {
        StringBuilder text = new StringBuilder("emergency-vehicle profile (km/h:");
        for (RoadClassSpeed speed : SPEEDS) {
            text.append(' ').append(speed.roadClass().toLowerCase(java.util.Locale.ROOT)).append(' ').append(speed.kmh());
        }
        return text.append(", other ").append(OTHER_ROADS_KMH).append("; one-way streets obeyed)").toString();
    }
}
