package se.larmcentral.geo.streets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/** The shared extracts the map is tested on, each read once per test run. */
final class Extracts {

    private static final Map<String, MapExtract> READ = new ConcurrentHashMap<>();

    private Extracts() {
    }

    static Path file(String relative) {
        String root = System.getProperty("larm.sharedData");
        if (root == null) {
            fail("system property larm.sharedData is not set (the parent POM sets it to ../shared/data); needed for " + relative);
        }
        Path path = Path.of(root).resolve(relative);
        if (!Files.isRegularFile(path)) {
            fail("missing shared data file " + path.toAbsolutePath().normalize() + " (" + relative + ")");
        }
        return path;
    }

    /** Inner Stockholm's drivable roads (names and road classes; no addresses, no places). */
    static Path stockholmInner() {
        return file("osm/stockholm-inner-2020.osm.pbf");
    }

    /** Raw OSM of Norrmalm and Östermalm, 2019, every tag: addresses, city blocks, squares, districts. */
    static Path norrmalm() {
        return file("osm/stockholm-norrmalm-2019.osm.gz");
    }

    static MapExtract read(Path file) {
        return READ.computeIfAbsent(file.toString(), f -> OsmMapReader.read(Path.of(f)));
    }
}
