package se.larmcentral.server.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.server.CliRun;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larmcentral.server.CliRun.larm;

/** {@code larm dispatch recommend}, {@code larm data fetch} and {@code larm data advice}. */
class DispatchCliTest {

    @TempDir
    Path dir;

    private Path config(Path dataDir, String osmExtract) {
        return DispatchCentre.write(dir.resolve("larmcentral.yaml"), "dataDir: " + dataDir + "\n"
                + "geo:\n  osmExtract: \"" + osmExtract + "\"\n  graphCache: " + dir.resolve("graph-cache") + "\n");
    }

    @Test
    void recommendPrintsRankedCandidatesAsJsonFromTheDemoFleetWhenNoCentreIsStored() {
        CliRun run = larm("dispatch", "recommend", "--at", "59.3428,18.0496", "--priority", "1",
                "--config", config(dir.resolve("empty"), "").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode output = DispatchCentre.parse(run.out());
        assertThat(output.get("fleet").asText()).startsWith("demo fleet");
        assertThat(output.get("priority").asInt()).isEqualTo(1);
        JsonNode candidates = output.get("recommendation").get("candidates");
        assertThat(candidates.size()).isGreaterThan(10);
        assertThat(candidates.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(candidates.get(0).get("type").asText()).isIn("AMBULANCE", "INTENSIVE_CARE_AMBULANCE");
        assertThat(output.get("recommendation").get("travelEstimated").asBoolean()).isTrue();
        assertThat(run.err()).contains("ESTIMATED");
        assertThat(Files.exists(dir.resolve("empty/journal"))).as("no journal created just to find it empty").isFalse();
    }

    @Test
    void geoRouteGivesTheRoadTimeAndDistanceBetweenTwoPointsAndNamesABadOption() {
        Map<String, String> road = DispatchCentre.roadNetwork();
        String config = config(dir.resolve("empty"), road.get("LARM_GEO_OSM_EXTRACT")).toString();
        CliRun run = larm("geo", "route", "--from", "59.3428,18.0496", "--to", "59.3150,18.0700", "--config", config);
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode output = DispatchCentre.parse(run.out());
        assertThat(output.get("reachable").asBoolean()).isTrue();
        assertThat(output.get("travelEstimated").asBoolean()).isFalse();
        assertThat(output.get("metres").asDouble()).isBetween(3_000.0, 6_000.0); // Odenplan to Södermalm by road
        assertThat(output.get("kilometresPerHour").asDouble()).isBetween(20.0, 90.0);
        assertThat(output.get("explanation").asText()).contains("km in", "by road");

        CliRun swapped = larm("geo", "route", "--from", "59.3428", "--to", "59.3150,18.0700", "--config", config);
        assertThat(swapped.exit()).isEqualTo(2);
        assertThat(swapped.err()).contains("--from");
    }

    @Test
    void recommendUsesTheStoredCentresFleetOnTheRoadNetwork() {
        Path dataDir = dir.resolve("centre");
        Map<String, String> road = DispatchCentre.roadNetwork();
        try (DispatchCentre centre = new DispatchCentre(dataDir, road)) {
            centre.write("/api/dispatch/units/" + centre.read("/api/dispatch/fleet").get("units").get(0).get("id").asText()
                    + "/status", "{\"status\": \"OUT_OF_SERVICE\"}", 200);
        }
        CliRun run = larm("dispatch", "recommend", "--at", "59.3428,18.0496", "--priority", "1", "--type", "ambulance",
                "--config", config(dataDir, road.get("LARM_GEO_OSM_EXTRACT")).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode output = DispatchCentre.parse(run.out());
        assertThat(output.get("fleet").asText()).startsWith("stored centre").contains("91 units");
        JsonNode recommendation = output.get("recommendation");
        assertThat(recommendation.get("travelEstimated").asBoolean()).isFalse();
        assertThat(recommendation.get("candidates").get(0).get("explanation").asText()).contains("road network");
        assertThat(run.err()).contains("Road graph ready");
    }

    @Test
    void recommendRefusesBadInputNamingTheOption() {
        CliRun badPosition = larm("dispatch", "recommend", "--at", "59.34", "--priority", "1",
                "--config", config(dir.resolve("empty"), "").toString());
        assertThat(badPosition.exit()).isEqualTo(2);
        assertThat(badPosition.err()).contains("--at").contains("LAT,LON");
        CliRun badPriority = larm("dispatch", "recommend", "--at", "59.34,18.05", "--priority", "9",
                "--config", config(dir.resolve("empty"), "").toString());
        assertThat(badPriority.exit()).isEqualTo(2);
        assertThat(badPriority.err()).contains("--priority");
        CliRun badType = larm("dispatch", "recommend", "--at", "59.34,18.05", "--priority", "1", "--type", "bus");
        assertThat(badType.exit()).isEqualTo(2);
        assertThat(badType.err()).contains("--type").contains("bus");
    }

    @Test
    void adviceNamesTheFileToDownload() {
        CliRun run = larm("data", "advice");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("https://download.geofabrik.de/europe/sweden-latest.osm.pbf")
                .contains("osmExtract").contains("./larm data fetch");
    }

    @Test
    void fetchDownloadsAnExtractFromAnHttpServerWithProgress() throws IOException {
        byte[] andorra = Files.readAllBytes(DispatchCentre.sharedData().resolve("osm/andorra.osm.pbf"));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/extracts/andorra.osm.pbf", exchange -> {
            exchange.sendResponseHeaders(200, andorra.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(andorra);
            }
        });
        http.start();
        try {
            String base = "http://127.0.0.1:" + http.getAddress().getPort();
            Path target = dir.resolve("osm/andorra.osm.pbf");
            CliRun run = larm("data", "fetch", base + "/extracts/andorra.osm.pbf", "--to", target.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(Files.readAllBytes(target)).isEqualTo(andorra);
            assertThat(run.out()).contains("Downloading").contains("100 %").contains("Downloaded")
                    .contains("geo.osmExtract: " + target.toAbsolutePath());

            Path missing = dir.resolve("osm/missing.osm.pbf");
            CliRun notThere = larm("data", "fetch", base + "/extracts/missing.osm.pbf", "--to", missing.toString());
            assertThat(notThere.exit()).isEqualTo(1);
            assertThat(notThere.err()).contains("HTTP 404").contains(base + "/extracts/missing.osm.pbf");
            assertThat(missing).doesNotExist();
            assertThat(missing.resolveSibling("missing.osm.pbf.part")).doesNotExist();

            CliRun notHttp = larm("data", "fetch", "ftp://example.org/x.osm.pbf", "--to", missing.toString());
            assertThat(notHttp.exit()).isEqualTo(2);
            assertThat(notHttp.err()).contains("url").contains("http");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void importLoadsAFleetFileIntoTheStoredCentreOnceAndTheReadOnlyCommandsPrintIt() {
        Path dataDir = dir.resolve("imported");
        String config = config(dataDir, "").toString();
        Path bad = DispatchCentre.write(dir.resolve("bad-fleet.yaml"), DispatchFleetImportApiTest.FLEET
                .replace("{id: T-2, type: ambulance}", "{id: T-2, type: taxi}"));
        CliRun refused = larm("dispatch", "import", bad.toString(), "--config", config);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("bad-fleet.yaml: stations[0].units[1].type").contains("taxi");
        assertThat(Files.exists(dataDir.resolve("journal"))).as("nothing stored").isFalse();

        Path fleet = DispatchCentre.write(dir.resolve("fleet.yaml"), DispatchFleetImportApiTest.FLEET);
        CliRun imported = larm("dispatch", "import", fleet.toString(), "--config", config);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(DispatchCentre.parse(imported.out()).get("loaded").get("units").asInt()).isEqualTo(2);

        CliRun again = larm("dispatch", "import", fleet.toString(), "--config", config);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("'south'").contains("already registered");

        JsonNode fleetOutput = DispatchCentre.parse(larm("dispatch", "fleet", "--config", config).out());
        assertThat(fleetOutput.get("fleet").asText()).startsWith("stored centre").contains("2 units");
        assertThat(fleetOutput.get("state").get("units")).hasSize(2);
        assertThat(fleetOutput.get("state").get("units").get(0).get("status").asText()).isEqualTo("AVAILABLE_AT_STATION");

        JsonNode queue = DispatchCentre.parse(larm("dispatch", "queue", "--config", config).out());
        assertThat(queue.get("fleet").asText()).startsWith("stored centre");
        assertThat(queue.get("pending").get("queue")).isEmpty();

        CliRun hospital = larm("dispatch", "hospital", "--from", "59.3428,18.0496", "--capability", "children", "--config", config);
        assertThat(hospital.exit()).as(hospital.err()).isZero();
        JsonNode choice = DispatchCentre.parse(hospital.out());
        assertThat(choice.get("choice").get("hospital").get("hospitalId").asText()).isEqualTo("sos");
        assertThat(choice.get("choice").get("travelEstimated").asBoolean()).isTrue();
        assertThat(choice.get("capability").asText()).isEqualTo("CHILDREN");
    }

    @Test
    void theReadOnlyCommandsRefuseBadOptionsNamingThem() {
        String config = config(dir.resolve("empty"), "").toString();
        CliRun badFrom = larm("dispatch", "hospital", "--from", "59.34", "--config", config);
        assertThat(badFrom.exit()).isEqualTo(2);
        assertThat(badFrom.err()).contains("--from");
        CliRun badCapability = larm("dispatch", "hospital", "--from", "59.34,18.05", "--capability", "dental", "--config", config);
        assertThat(badCapability.exit()).isEqualTo(2);
        assertThat(badCapability.err()).contains("--capability").contains("dental");
        CliRun missingFile = larm("dispatch", "import", dir.resolve("nowhere.yaml").toString(), "--config", config);
        assertThat(missingFile.exit()).isEqualTo(2);
        assertThat(missingFile.err()).contains("nowhere.yaml");
    }
}
