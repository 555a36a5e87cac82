package se.larmcentral.sim;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** Files under ../shared/data, found through the system property {@code larm.sharedData}; a missing one fails naming it. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String root = System.getProperty("larm.sharedData");
        if (root == null) {
            fail("system property larm.sharedData is not set (the parent POM sets it to ../shared/data)");
        }
        return Path.of(root);
    }

    static Path file(String relative) {
        Path path = root().resolve(relative);
        if (!Files.isRegularFile(path)) {
            fail("missing shared data file " + path.toAbsolutePath().normalize() + " (" + relative + ")");
        }
        return path;
    }
}
