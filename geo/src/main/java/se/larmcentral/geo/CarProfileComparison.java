package se.larmcentral.geo;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.shapes.BBox;
import se.larmcentral.core.GeoPoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The emergency profile beside GraphHopper's own car profile ({@code car.json}: car access, GraphHopper's car
 * average speed, distance influence 90) on the same extract: seeded random pairs of positions routed with both,
 * to show that the emergency vehicle takes roads a car would (distances close) and is faster, but not
 * implausibly. For the tests and {@code ./larm bench geo}; the car graph is imported into its own cache folder.
 */
public final class CarProfileComparison {

    /** One pair routed with both profiles. */
    public record Pair(GeoPoint from, GeoPoint to, double emergencyMetres, long emergencyMillis,
                       double carMetres, long carMillis) {

        /** How far the emergency route's length differs from the car's, as a fraction (0.1 = 10 %). */
        public double distanceDifference() {
            return Math.abs(emergencyMetres / carMetres - 1);
        }

        /** Emergency time over car time. */
        public double timeRatio() {
            return (double) emergencyMillis / carMillis;
        }

        public double emergencyKmh() {
            return emergencyMetres / emergencyMillis * 3600;
        }

        public double carKmh() {
            return carMetres / carMillis * 3600;
        }
    }

    /** The pairs and their medians and 90th percentiles. */
    public record Result(List<Pair> pairs) {

        public double median(ToDoubleFunction<Pair> value) {
            return percentile(value, 50);
        }

        public double p90(ToDoubleFunction<Pair> value) {
            return percentile(value, 90);
        }

        public double percentile(ToDoubleFunction<Pair> value, double percent) {
            double[] values = pairs.stream().mapToDouble(value).sorted().toArray();
            int index = (int) Math.ceil(percent / 100 * values.length) - 1;
            return values[Math.clamp(index, 0, values.length - 1)];
        }

        public double max(ToDoubleFunction<Pair> value) {
            return pairs.stream().mapToDouble(value).max().orElse(Double.NaN);
        }

        /** The comparison as a printed table. */
        public String table() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%-40s %9s %9s %9s%n", pairs.size() + " random pairs", "median", "p90", "max"));
            row(text, "distance difference, % of car", p -> 100 * p.distanceDifference());
            row(text, "time, emergency / car", Pair::timeRatio);
            row(text, "average km/h, emergency", Pair::emergencyKmh);
            row(text, "average km/h, car", Pair::carKmh);
            row(text, "route length km, car", p -> p.carMetres() / 1000);
            return text.toString();
        }

        private void row(StringBuilder text, String label, ToDoubleFunction<Pair> value) {
            text.append(String.format(Locale.ROOT, "%-40s %9.2f %9.2f %9.2f%n", label, median(value), p90(value), max(value)));
        }
    }

    private CarProfileComparison() {
    }

    /**
     * Routes {@code pairs} seeded random pairs (both ends within 200 m of a road, at least 1 km apart) with the
     * emergency profile and with GraphHopper's car profile.
     */
    public static Result compare(RoadNetworkTravelTimes emergency, Path carCacheFolder, int pairs, long seed) {
        GraphHopper car = carHopper(emergency.config().osmExtract(), carCacheFolder);
        try {
            BBox box = emergency.graphHopper().getBaseGraph().getBounds();
            Random random = new Random(seed);
            List<Pair> result = new ArrayList<>(pairs);
            int attempts = 0;
            while (result.size() < pairs && attempts++ < pairs * 50) {
                GeoPoint from = randomPoint(random, box);
                GeoPoint to = randomPoint(random, box);
                if (from.distanceMetresTo(to) < 1_000) {
                    continue;
                }
                TravelLeg fast = emergency.route(from, to);
                GHResponse slow = car.route(new GHRequest(from.lat(), from.lon(), to.lat(), to.lon())
                        .setProfile("car").putHint("instructions", false).putHint("calc_points", false));
                if (!fast.reachable() || fast.snapMetres() > 200 || slow.hasErrors() || fast.metres() < 500) {
                    continue;
                }
                result.add(new Pair(from, to, fast.metres(), fast.duration().toMillis(),
                        slow.getBest().getDistance(), slow.getBest().getTime()));
            }
            return new Result(List.copyOf(result));
        } finally {
            car.close();
        }
    }

    private static GeoPoint randomPoint(Random random, BBox box) {
        return new GeoPoint(box.minLat + random.nextDouble() * (box.maxLat - box.minLat),
                box.minLon + random.nextDouble() * (box.maxLon - box.minLon));
    }

    /** GraphHopper's car profile as shipped ({@code custom_models/car.json}), with contraction hierarchies. */
    private static GraphHopper carHopper(Path extract, Path cacheFolder) {
        CustomModel model = new CustomModel();
        model.setDistanceInfluence(90d);
        model.addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"));
        model.addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
        String name = extract.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(extract.toString());
        hopper.setGraphHopperLocation(cacheFolder.resolve(name + "-graphhopper-car").toString());
        hopper.setEncodedValuesString("car_access, car_average_speed");
        hopper.setProfiles(new Profile("car").setCustomModel(model));
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile("car"));
        return hopper.importOrLoad();
    }
}
