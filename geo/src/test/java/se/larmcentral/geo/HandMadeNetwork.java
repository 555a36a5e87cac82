package se.larmcentral.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-made OSM fixture {@code osm/one-way-ring.osm}, copied to a folder so tests may change it. */
final class HandMadeNetwork {

    private HandMadeNetwork() {
    }

    static Path copyTo(Path folder) {
        Path file = folder.resolve("one-way-ring.osm");
        try (InputStream in = HandMadeNetwork.class.getResourceAsStream("/osm/one-way-ring.osm")) {
            if (in == null) {
                throw new IllegalStateException("test resource osm/one-way-ring.osm is missing");
            }
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with every road network kept (it is far smaller than GraphHopper's default minimum). */
    static RoadNetworkConfig config(Path folder) {
        return RoadNetworkConfig.of(copyTo(folder), folder.resolve("graph-cache")).withMinNetworkSize(0);
    }
}
