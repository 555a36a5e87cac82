package se.larmcentral.server.social;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.social.SocialServer.assertProblem;
import static se.larmcentral.server.social.SocialServer.ok;

/** The plan as JSON and the holidays with the plan on each, as the console's municipality view reads them. */
class SocialPlanApiTest {

    @TempDir
    static Path dir;

    private static SocialServer centre;

    @BeforeAll
    static void start() {
        centre = SocialServer.withDemo(dir);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void theWeekOfVarmdoCoversEveryInstantWithLocalTimes() {
        JsonNode plan = ok(centre.get("/api/social/municipalities/0120/plan?from=2025-12-22&to=2025-12-29"), 200);
        assertThat(plan.get("municipalityName").asText()).isEqualTo("Värmdö");
        JsonNode segments = plan.get("segments");
        assertThat(segments.get(0).get("start").asText()).isEqualTo("2025-12-21T23:00:00Z");
        assertThat(segments.get(0).get("localStart").asText()).startsWith("2025-12-22T00:00");
        assertThat(segments.get(segments.size() - 1).get("end").asText()).isEqualTo("2025-12-28T23:00:00Z");
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).get("start")).as("segment %d starts where %d ends", i, i - 1)
                    .isEqualTo(segments.get(i - 1).get("end"));
        }
        JsonNode mondayMorning = at(segments, "2025-12-22T09:00:00Z"); // 10:00 Swedish time, office hours
        assertThat(mondayMorning.get("outcome").asText()).isEqualTo("MESSAGE");
        assertThat(mondayMorning.get("basis").asText()).isEqualTo("OUTSIDE_WINDOWS");
        assertThat(mondayMorning.get("message").asText()).startsWith("Socialjour Sydost har stängt nu.");
        assertThat(mondayMorning.get("number").isNull()).isTrue();
        JsonNode mondayEvening = at(segments, "2025-12-22T17:00:00Z");
        assertThat(mondayEvening.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(mondayEvening.get("localStart").asText()).startsWith("2025-12-22T16:00");
        assertThat(mondayEvening.get("numberNational").asText()).isEqualTo("08-465 004 10");
        assertThat(mondayEvening.get("targetName").asText()).startsWith("Socialjour Sydost");
        // julafton is an eve: connected all day, whatever the weekday pattern says
        JsonNode christmasEve = at(segments, "2025-12-24T09:00:00Z");
        assertThat(christmasEve.get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(Instant.parse(christmasEve.get("start").asText())).isBeforeOrEqualTo(Instant.parse("2025-12-23T23:00:00Z"));
    }

    @Test
    void aMunicipalityWithoutAgreementIsNotAvailableAllWeek() {
        JsonNode segments = ok(centre.get("/api/social/municipalities/0125/plan?from=2025-12-22&to=2025-12-29"), 200)
                .get("segments");
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).get("outcome").asText()).isEqualTo("NOT_AVAILABLE");
        assertThat(segments.get(0).get("basis").asText()).isEqualTo("NO_AGREEMENT");
        assertThat(segments.get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void theHolidaysAroundChristmasWithTheirNamesTypesAndPlan() {
        JsonNode holidays = ok(centre.get("/api/social/municipalities/0120/holidays?from=2025-12-20&to=2026-01-08"), 200);
        List<String> days = new ArrayList<>();
        holidays.get("days").forEach(d -> days.add(d.get("date").asText() + " " + d.get("name").asText("-") + " "
                + d.get("dayTypes")));
        assertThat(days).containsExactly(
                "2025-12-24 julafton [\"EVE\",\"DAY_BEFORE_PUBLIC_HOLIDAY\"]",
                "2025-12-25 juldagen [\"PUBLIC_HOLIDAY\",\"DAY_BEFORE_PUBLIC_HOLIDAY\"]",
                "2025-12-26 annandag jul [\"PUBLIC_HOLIDAY\"]",
                "2025-12-31 nyårsafton [\"EVE\",\"DAY_BEFORE_PUBLIC_HOLIDAY\"]",
                "2026-01-01 nyårsdagen [\"PUBLIC_HOLIDAY\"]",
                "2026-01-05 - [\"DAY_BEFORE_PUBLIC_HOLIDAY\"]",
                "2026-01-06 trettondedag jul [\"PUBLIC_HOLIDAY\"]");
        JsonNode christmasEve = holidays.get("days").get(0).get("plan");
        assertThat(christmasEve).hasSize(1);
        assertThat(christmasEve.get(0).get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(christmasEve.get(0).get("localStart").asText()).startsWith("2025-12-24T00:00");
        assertThat(christmasEve.get(0).get("localEnd").asText()).startsWith("2025-12-25T00:00");
        // 5 January, the day before trettondedag jul: connected from 12:00 (DAY_BEFORE_PUBLIC_HOLIDAY 12:00-08:00)
        JsonNode dayBefore = holidays.get("days").get(5).get("plan");
        assertThat(at(dayBefore, "2026-01-05T12:00:00Z").get("outcome").asText()).isEqualTo("FORWARD");
        assertThat(at(dayBefore, "2026-01-05T10:00:00Z").get("outcome").asText()).isEqualTo("MESSAGE");
    }

    @Test
    void badPeriodsAndUnknownMunicipalitiesAreRefusedNamingTheField() {
        assertProblem(centre.get("/api/social/municipalities/0999/plan?from=2025-12-01&to=2025-12-08"), 404, "municipality", "0999");
        assertProblem(centre.get("/api/social/municipalities/0999/holidays?from=2025-12-01&to=2025-12-08"), 404, "municipality", "0999");
        assertProblem(centre.get("/api/social/municipalities/0120/plan?to=2025-12-08"), 400, "from", "missing");
        assertProblem(centre.get("/api/social/municipalities/0120/plan?from=2025-12-08&to=2025-12-01"), 400, "to", "end after");
        assertProblem(centre.get("/api/social/municipalities/0120/holidays?from=2025-12-01&to=2027-12-01"), 400, "to", "400 days");
        assertProblem(centre.get("/api/social/municipalities/0120/holidays?from=jul&to=2025-12-08"), 400, "from", "'jul'");
    }

    /** The segment covering an instant. */
    private static JsonNode at(JsonNode segments, String instant) {
        Instant t = Instant.parse(instant);
        for (JsonNode s : segments) {
            if (!Instant.parse(s.get("start").asText()).isAfter(t) && Instant.parse(s.get("end").asText()).isAfter(t)) {
                return s;
            }
        }
        throw new AssertionError("no segment covers " + instant + " in " + segments);
    }
}
