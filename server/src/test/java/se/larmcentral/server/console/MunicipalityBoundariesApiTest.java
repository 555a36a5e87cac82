package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/geo/municipalities: the configured SCB boundaries, simplified for the console's maps. */
class MunicipalityBoundariesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theConfiguredBoundariesAreServedSmallWithCodeAndName() throws Exception {
        Path file = ConsoleCentre.sharedFile(ConsoleCentre.MUNICIPALITIES);
        try (TestServer centre = new TestServer(dir, Map.of("LARM_GEO_MUNICIPALITIES", file.toString()))) {
            HttpResponse<String> answer = centre.get("/api/geo/municipalities");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
            JsonNode doc = JSON.readTree(answer.body());
            assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
            Set<String> codes = new HashSet<>();
            JsonNode original = JSON.readTree(file.toFile());
            for (JsonNode feature : doc.get("features")) {
                codes.add(feature.get("properties").get("code").asText());
                assertThat(feature.get("properties").get("name").asText()).isNotBlank();
                assertThat(feature.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
                JsonNode ring = feature.get("geometry").get("coordinates").get(0).get(0);
                assertThat(ring.size()).as("a closed ring").isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
            }
            assertThat(codes).hasSize(original.get("features").size()).contains("0125", "0180", "0123");
            assertThat(doc.get("features").findValuesAsText("name")).as("å ä ö arrive as sent").contains("Upplands Väsby", "Södertälje");
            assertThat(answer.body().length()).isLessThan((int) Files.size(file));

            // the region's counties only: small enough for every operator's browser to fetch at start
            HttpResponse<String> county = centre.get("/api/geo/municipalities?county=01");
            JsonNode stockholm = JSON.readTree(county.body());
            assertThat(stockholm.get("features")).hasSize(26);
            stockholm.get("features").forEach(f -> assertThat(f.get("properties").get("code").asText()).startsWith("01"));
            assertThat(county.body().length()).isLessThan((int) (Files.size(file) / 5));

            HttpResponse<String> bad = centre.get("/api/geo/municipalities?county=01,Stockholm");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("county");
        }
    }

    @Test
    void withoutABoundariesFileTheAnswerSaysWhichSettingToSet() throws Exception {
        try (TestServer centre = new TestServer(dir)) {
            HttpResponse<String> answer = centre.get("/api/geo/municipalities");
            assertThat(answer.statusCode()).isEqualTo(404);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("field").asText()).isEqualTo("geo.municipalities");
            assertThat(problem.get("detail").asText()).contains("no municipality boundaries are configured");
        }
    }
}
