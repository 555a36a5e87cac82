package se.larmcentral.geo;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** Files under ../shared/data, found through the system property {@code larm.sharedData}. */
public final class SharedData {

    private SharedData() {
    }

    public static Path file(String relative) {
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
    public static Path stockholmInner() {
        return file("osm/stockholm-inner-2020.osm.pbf");
    }

    /** Raw OSM of Norrmalm and Östermalm, 2019, every tag: addresses, city blocks, squares, districts. */
    public static Path norrmalm() {
        return file("osm/stockholm-norrmalm-2019.osm.gz");
    }

    static Path andorra() {
        return file("osm/andorra.osm.pbf");
    }

    static Path municipalities() {
        return file("geo/kommuner.geojson");
    }
}
