package se.larmcentral.crisis.cap;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** The CAP files under ../shared/data (the schema and the specification's example), never copied into the project. */
public final class CapFiles {

    private static CapSchema schema;

    private CapFiles() {
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

    public static synchronized CapSchema schema() {
        if (schema == null) {
            schema = CapSchema.load(file("cap/CAP-v1.2.xsd"));
        }
        return schema;
    }

    public static Path amberAlert() {
        return file("cap/cap_amber_alert_example.xml");
    }
}
