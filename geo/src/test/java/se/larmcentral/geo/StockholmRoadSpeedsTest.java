package se.larmcentral.geo;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.MaxSpeed;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.UrbanDensity;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.PMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Speeds from posted limits on inner Stockholm: no stretch above its limit × factor, believable averages. */
class StockholmRoadSpeedsTest {

    private final RoadNetworkTravelTimes roads = StockholmRoads.get();
    private final RoadSpeeds speeds = roads.config().speeds();

    @Test
    void noStretchIsDrivenFasterThanItsLimitTimesItsFactor() {
        GraphHopper hopper = roads.graphHopper();
        Weighting weighting = hopper.createWeighting(hopper.getProfile(EmergencyProfile.NAME), new PMap());
        DecimalEncodedValue maxSpeed = hopper.getEncodingManager().getDecimalEncodedValue(MaxSpeed.KEY);
        EnumEncodedValue<RoadClass> roadClass = hopper.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
        EnumEncodedValue<UrbanDensity> density = hopper.getEncodingManager().getEnumEncodedValue(UrbanDensity.KEY, UrbanDensity.class);
        int urban = 0;
        int tagged = 0;
        AllEdgesIterator edge = hopper.getBaseGraph().getAllEdges();
        while (edge.next()) {
            if (edge.getDistance() < 50 || !Double.isFinite(weighting.calcEdgeWeight(edge, false))) {
                continue;
            }
            double kmh = edge.getDistance() / (weighting.calcEdgeMillis(edge, false) / 1000.0) * 3.6;
            boolean isUrban = edge.get(density) != UrbanDensity.RURAL;
            double posted = edge.get(maxSpeed);
            double limit = Double.isFinite(posted) ? posted : isUrban ? speeds.urbanLimitKmh() : speeds.ruralLimitKmh();
            double allowed = Math.min(speeds.maxKmh(), limit * factor(edge.get(roadClass)));
            assertThat(kmh).as("edge %d (%s, limit %.0f, %s)", edge.getEdge(), edge.get(roadClass), limit,
                    isUrban ? "urban" : "rural").isLessThanOrEqualTo(allowed + 0.5);
            urban += isUrban ? 1 : 0;
            tagged += Double.isFinite(posted) ? 1 : 0;
        }
        assertThat(urban).as("inner Stockholm is built-up").isGreaterThan(5_000);
        assertThat(tagged).as("many roads carry maxspeed").isGreaterThan(2_000);
    }

    @Test
    void sodersjukhusetToOdenplanAveragesACitySpeed() {
        TravelLeg leg = roads.toDestination(StockholmTravelTimesTest.ODENPLAN,
                List.of(StockholmTravelTimesTest.SODERSJUKHUSET)).legs().getFirst();

        double kmh = leg.metres() / leg.duration().toMillis() * 3600;
        System.out.printf(Locale.ROOT, "Södersjukhuset to Odenplan: %.0f m in %.1f min, %.1f km/h%n",
                leg.metres(), leg.duration().toMillis() / 60_000.0, kmh);
        assertThat(leg.metres()).isBetween(5_000.0, 7_500.0);
        assertThat(kmh).as("average km/h across inner Stockholm with lights and sirens").isBetween(30.0, 60.0);
    }

    @Test
    void theRecommendationsExplanationNamesTheSpeedModel() {
        assertThat(roads.toDestination(StockholmTravelTimesTest.ODENPLAN, List.of(StockholmTravelTimesTest.SANKT_GORAN)).method())
                .contains("posted limit (maxspeed", "50 km/h in built-up areas", "70 km/h outside", "x factor by road class");
    }

    private double factor(RoadClass roadClass) {
        Double factor = speeds.factors().byRoadClass().get(roadClass.name());
        return factor != null ? factor : speeds.factors().other();
    }
}
