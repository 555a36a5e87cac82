package se.larmcentral.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.GeoPoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GraphCacheTest {

    private static final List<GeoPoint> RING = List.of(EmergencyProfileTest.NODE_1, EmergencyProfileTest.NODE_2);

    @TempDir
    Path folder;

    @Test
    void theSecondStartLoadsThePreparedGraphWithoutImporting() throws IOException {
        RoadNetworkConfig config = HandMadeNetwork.config(folder);
        List<String> firstProgress = new ArrayList<>();
        TravelTimeAnswer firstAnswer;
        GraphLoadReport first;
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, firstProgress::add)) {
            first = roads.loadReport();
            firstAnswer = roads.toDestination(EmergencyProfileTest.NODE_1, RING);
        }
        FileTime nodesWritten = Files.getLastModifiedTime(first.cacheFolder().resolve("nodes"));

        List<String> secondProgress = new ArrayList<>();
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, secondProgress::add)) {
            GraphLoadReport second = roads.loadReport();

            assertThat(first.fromCache()).isFalse();
            assertThat(second.fromCache()).isTrue();
            assertThat(second.cacheFolder()).isEqualTo(first.cacheFolder());
            assertThat(first.cacheFolder().getFileName().toString()).matches("one-way-ring-[0-9a-f]{12}");
            assertThat(firstProgress.getFirst()).startsWith("Importing ").contains("one-way-ring.osm");
            assertThat(secondProgress.getFirst()).startsWith("Loading the prepared road graph from");
            assertThat(secondProgress).noneMatch(line -> line.startsWith("Importing"));
            assertThat(secondProgress.getLast()).contains("loaded from cache");
            assertThat(Files.getLastModifiedTime(first.cacheFolder().resolve("nodes"))).isEqualTo(nodesWritten);
            assertThat(second.nodes()).isEqualTo(first.nodes()).isPositive();
            assertThat(roads.toDestination(EmergencyProfileTest.NODE_1, RING)).isEqualTo(firstAnswer);
        }
    }

    @Test
    void aChangedExtractIsImportedIntoANewFolder() throws IOException {
        RoadNetworkConfig config = HandMadeNetwork.config(folder);
        Path before;
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, line -> { })) {
            before = roads.loadReport().cacheFolder();
        }
        Files.writeString(config.osmExtract(), "\n", StandardOpenOption.APPEND);

        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, line -> { })) {
            assertThat(roads.loadReport().fromCache()).isFalse();
            assertThat(roads.loadReport().cacheFolder()).isNotEqualTo(before);
        }
    }

    @Test
    void anUnreadableCacheIsDeletedAndImportedAgain() throws IOException {
        RoadNetworkConfig config = HandMadeNetwork.config(folder);
        Path cache;
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, line -> { })) {
            cache = roads.loadReport().cacheFolder();
        }
        Files.write(cache.resolve("nodes"), new byte[] {1, 2, 3});

        List<String> progress = new ArrayList<>();
        try (RoadNetworkTravelTimes roads = RoadNetworkTravelTimes.open(config, progress::add)) {
            assertThat(roads.loadReport().fromCache()).isFalse();
            assertThat(progress).anyMatch(line -> line.contains("cannot be read") && line.contains("importing"));
            assertThat(roads.toDestination(EmergencyProfileTest.NODE_1, RING).legs()).allMatch(TravelLeg::reachable);
        }
    }
}
