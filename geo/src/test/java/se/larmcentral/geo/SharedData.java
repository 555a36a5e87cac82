package se.larmcentral.geo;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** Files under ../shared/data, found through the system property {@code larm.sharedData}. */
final class SharedData {

    private SharedData() {
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

    static Path stockholmInner() {
        return file("osm/stockholm-inner-2020.osm.pbf");
    }

    static Path andorra() {
        return file("osm/andorra.osm.pbf");
    }

    static Path municipalities() {
        return file("geo/kommuner.geojson");
    }
}
