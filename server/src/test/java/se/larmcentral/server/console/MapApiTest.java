package se.larmcentral.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.TestServer;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline map's routes on the raw Norrmalm extract (streets, places, addresses): streets, search, address. */
class MapApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static TestServer centre;

    @BeforeAll
    static void start() {
        centre = new TestServer(dir, Map.of(
                "LARM_GEO_OSM_EXTRACT", ConsoleCentre.sharedFile("osm/stockholm-norrmalm-2019.osm.gz").toString(),
                "LARM_GEO_GRAPH_CACHE", Path.of("target/map-test-graph-cache").toAbsolutePath().toString()));
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    @Test
    void streetsAndPlaceNamesOfAViewAsGeoJson() throws Exception {
        HttpResponse<String> close = centre.get("/api/geo/streets?bbox=18.06,59.334,18.081,59.342&zoom=16");
        assertThat(close.statusCode()).isEqualTo(200);
        assertThat(close.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode doc = JSON.readTree(close.body());
        assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(doc.at("/properties/truncated").asBoolean()).isFalse();
        assertThat(doc.get("features").findValuesAsText("name")).contains("Birger Jarlsgatan", "Sturegatan", "Östermalmstorg", "Humlegårdsgatan");
        assertThat(first(doc, "Point").at("/properties/place").asText()).as("a place name").isNotBlank();
        JsonNode line = first(doc, "LineString");
        assertThat(line.at("/geometry/coordinates/0/0").asDouble()).as("longitude first").isBetween(18.0, 18.1);

        JsonNode far = JSON.readTree(centre.get("/api/geo/streets?bbox=18.06,59.334,18.081,59.342&zoom=12").body());
        assertThat(far.get("features").size()).isLessThan(doc.get("features").size() / 2);
        assertThat(far.get("features").findValuesAsText("place")).doesNotContain("city_block", "square");
        assertThat(Files.isDirectory(dir.resolve("map-cache"))).as("the search index under dataDir").isTrue();
    }

    @Test
    void searchFindsAddressesAndPlacesAsTyped() throws Exception {
        JsonNode hits = JSON.readTree(centre.get("/api/geo/search?q=" + encode("drottninggatn 78")).body()).get("hits");
        assertThat(hits.get(0).get("kind").asText()).isEqualTo("ADDRESS");
        assertThat(hits.get(0).get("label").asText()).isEqualTo("Drottninggatan 78, Stockholm");
        assertThat(hits.get(0).get("lat").asDouble()).isBetween(59.33, 59.34);

        JsonNode place = JSON.readTree(centre.get("/api/geo/search?q=ostermalmstorg&limit=1").body()).get("hits");
        assertThat(place).hasSize(1);
        assertThat(place.get(0).get("label").asText()).isEqualTo("Östermalmstorg");
    }

    @Test
    void theAddressOfAPosition() throws Exception {
        JsonNode at = JSON.readTree(centre.get("/api/geo/address?at=59.33498,18.06051").body());
        assertThat(at.at("/address/label").asText()).isEqualTo("Drottninggatan 78, Stockholm");
        assertThat(at.at("/address/metres").asInt()).isLessThan(5);
        assertThat(at.has("place")).isTrue();
    }

    @Test
    void badQuestionsAreRefusedNamingTheParameter() throws Exception {
        assertProblem(centre.get("/api/geo/streets?bbox=18.06,59.334&zoom=16"), "bbox", "west,south,east,north");
        assertProblem(centre.get("/api/geo/streets?bbox=18.06,59.334,18.081,59.342&zoom=near"), "zoom", "whole number");
        assertProblem(centre.get("/api/geo/streets?bbox=18.06,59.334,18.081,59.342&zoom=40"), "zoom", "0 to 22");
        assertProblem(centre.get("/api/geo/search?q=" + encode(" , ")), "q", "give a street");
        assertProblem(centre.get("/api/geo/search?q=x&limit=500"), "limit", "1 to 50");
        assertProblem(centre.get("/api/geo/address?at=91,18"), "at", "latitude");
        assertProblem(centre.get("/api/geo/address?at=Sveavägen"), "at", "LAT,LON");
    }

    @Test
    void withoutAnExtractTheAnswerSaysWhichSettingToSet(@TempDir Path other) throws Exception {
        try (TestServer bare = new TestServer(other)) {
            HttpResponse<String> answer = bare.get("/api/geo/search?q=Sveav%C3%A4gen");
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(answer.body()).get("field").asText()).isEqualTo("geo.osmExtract");
        }
    }

    private static void assertProblem(HttpResponse<String> answer, String field, String says) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains(says).doesNotContain("Exception", "java.");
    }

    private static JsonNode first(JsonNode doc, String geometry) {
        for (JsonNode feature : doc.get("features")) {
            if (feature.at("/geometry/type").asText().equals(geometry)) {
                return feature;
            }
        }
        throw new AssertionError("no " + geometry + " in the answer");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
