package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dispatcher's desk reads from the server in Swedish (the console sends {@code Accept-Language: sv}):
 * recommendations, travel-time notes, hospitals, flags and refusals; English when asked or when no language is
 * asked (the recorded form). Refusals name the field and the reason, never a Java type.
 */
class DispatchSwedishApiTest {

    @TempDir
    static Path dir;

    private static DispatchCentre centre;

    @BeforeAll
    static void start() {
        centre = new DispatchCentre(dir, Map.of());
        centre.write("/api/dispatch/incidents",
                "{\"incidentId\": \"SV-1\", \"position\": {\"lat\": 59.3293, \"lon\": 18.0686}, \"priority\": 1}", 201);
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    private static JsonNode swedish(String path) {
        HttpResponse<String> answer = centre.in("sv", "GET", path, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return DispatchCentre.parse(answer.body());
    }

    @Test
    void aRecommendationAndItsTravelTimeNoteAreInSwedishAndInEnglishWhenAsked() {
        JsonNode sv = swedish("/api/dispatch/incidents/SV-1/recommendation");
        assertThat(sv.get("travelMethod").asText()).startsWith("uppskattad: fågelvägen × ")
                .contains("km/h (inget vägnät konfigurerat)");
        String best = sv.at("/candidates/0/explanation").asText();
        assertThat(best).contains(" att komma iväg + ", " på väg (", "uppskattad: fågelvägen")
                .containsAnyOf("(ambulans)", "(intensivvårdsambulans)", "(läkarbil)")
                .containsAnyOf("ledig på station", "ledig, rörlig", "klar, ledig där uppdraget slutade")
                .doesNotContain("to get going", "by road", "estimated", "available");

        JsonNode en = DispatchCentre.parse(centre.in("en", "GET", "/api/dispatch/incidents/SV-1/recommendation", null).body());
        assertThat(en.at("/candidates/0/explanation").asText()).contains(" to get going + ", " by road (");
        // without a language: the recorded (English) form, as API clients have it
        assertThat(centre.read("/api/dispatch/incidents/SV-1/recommendation").get("travelMethod").asText())
                .startsWith("estimated: straight-line distance");
        // ?lang=sv says the same as the header
        assertThat(centre.read("/api/dispatch/incidents/SV-1/recommendation?lang=sv").get("travelMethod").asText())
                .isEqualTo(sv.get("travelMethod").asText());
    }

    @Test
    void theHospitalChoiceIsExplainedInSwedish() {
        JsonNode hospital = swedish("/api/dispatch/hospital?from=59.3293,18.0686&capability=INTENSIVE_CARE");
        assertThat(hospital.get("explanation").asText()).contains(" är närmast av ",
                " sjukhus med intensivvårds- och traumamottagning: ", " på väg (uppskattad: fågelvägen")
                .doesNotContain("nearest", "by road", "INTENSIVE_CARE");
    }

    @Test
    void anAlertNotAcknowledgedIsFlaggedInSwedish() {
        centre.write("/api/dispatch/incidents",
                "{\"incidentId\": \"SV-2\", \"position\": {\"lat\": 59.34, \"lon\": 18.05}, \"priority\": 2}", 201);
        String unit = centre.read("/api/dispatch/incidents/SV-2/recommendation").at("/candidates/0/unitId").asText();
        centre.write("/api/dispatch/incidents/SV-2/assign", "{\"unitId\": \"" + unit + "\"}", 200);
        centre.clock.advance(Duration.ofSeconds(95));
        JsonNode flags = swedish("/api/dispatch/flags");
        assertThat(flags.toString()).contains("larmades till ärende SV-2 för 1 min 35 s sedan och har inte kvitterat"
                + " (gräns 90 s)").doesNotContain("has not acknowledged");
    }

    @Test
    void refusalsAreInSwedishNamingTheFieldAndTheReasonWithoutJavaTypes() {
        record Bad(String method, String path, String body, String field, String swedish) {
        }
        var bad = new Bad[] {
                new Bad("POST", "/api/dispatch/incidents", "{\"incidentId\": \"SV-9\", \"position\": {\"lat\": \"59,3\","
                        + " \"lon\": 18.07}, \"priority\": 1}", "position.lat",
                        "'59,3' är inte ett tal (använd punkt, inte komma, för decimaler)"),
                new Bad("POST", "/api/dispatch/units/AMB-1/status", "{\"status\": \"flying\"}", "status",
                        "'flying' är inte ett av "),
                new Bad("POST", "/api/dispatch/incidents", "{\"colour\": \"red\", \"incidentId\": \"SV-9\", \"position\": {\"lat\": 59.3, \"lon\": 18.07}, \"priority\": 1}", "colour",
                        "är inget känt fält; kända fält: "),
                new Bad("GET", "/api/dispatch/recommendation?at=59.33,18.06&priority=9", null, "priority",
                        "måste vara 1, 2, 3 eller 4, var '9'"),
                new Bad("GET", "/api/dispatch/recommendation?at=59.3&priority=1", null, "at",
                        "måste vara LAT,LON i grader, var '59.3'"),
                new Bad("POST", "/api/dispatch/incidents", "{\"incidentId\": \"SV-9\", \"position\": {\"lat\": 59.3,"
                        + " \"lon\": 18.07}}", "priority", "priority: ett heltal väntades"),
                new Bad("POST", "/api/dispatch/incidents", "", "body", "är tom; skicka ett JSON-objekt"),
                new Bad("GET", "/api/triage/index?lang=de", null, "lang", "måste vara sv eller en, var 'de'"),
                new Bad("GET", "/api/calls/figures/daily?from=tisdag&to=2025-03-12", null, "from",
                        "'tisdag' är inte en dag ÅÅÅÅ-MM-DD"),
                new Bad("GET", "/api/shift-log?limit=lots", null, "limit", "måste vara ett heltal, var 'lots'"),
                new Bad("GET", "/api/shift-log?limit=0", null, "limit", "måste vara mellan 1 och 1000"),
        };
        for (Bad b : bad) {
            HttpResponse<String> answer = centre.in("sv", b.method(), b.path(), b.body());
            assertThat(answer.statusCode()).as(b.path()).isEqualTo(400);
            JsonNode problem = DispatchCentre.parse(answer.body());
            assertThat(problem.get("title").asText()).isEqualTo("Ogiltiga uppgifter");
            assertThat(problem.get("field").asText()).as(answer.body()).isEqualTo(b.field());
            assertThat(problem.get("detail").asText()).as(answer.body()).contains(b.swedish())
                    .doesNotContain("Double", "Integer", "UnitStatus", "String", "is not a", "expected");
        }
        HttpResponse<String> english = centre.in("en", "POST", "/api/dispatch/units/AMB-1/status", "{\"status\": \"flying\"}");
        assertThat(DispatchCentre.parse(english.body()).get("detail").asText()).contains("'flying' is not one of")
                .doesNotContain("UnitStatus");
        assertThat(DispatchCentre.parse(english.body()).get("title").asText()).isEqualTo("Invalid input");
    }
}
