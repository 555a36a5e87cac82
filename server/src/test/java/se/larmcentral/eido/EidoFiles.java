package se.larmcentral.eido;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** NENA's EIDO files under ../shared/data (system property {@code larm.sharedData}), never copied here. */
public final class EidoFiles {

    private EidoFiles() {
    }

    public static Path schema() {
        return file("eido/openapi.yaml");
    }

    public static Path sample() {
        return file("eido/sample-call-transfer.json");
    }

    private static Path file(String relative) {
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
}
