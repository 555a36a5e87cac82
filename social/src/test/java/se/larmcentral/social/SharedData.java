package se.larmcentral.social;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads ../shared/data through the system property larm.sharedData; fails naming the file when it is missing. */
final class SharedData {

    private SharedData() {
    }

    /** The CSV's data rows, split on commas (these files have no quoted commas). */
    static List<String[]> csvRows(String relative) throws IOException {
        String base = System.getProperty("larm.sharedData");
        if (base == null) {
            fail("system property larm.sharedData is not set; it should point at ../shared/data (needed: " + relative + ")");
        }
        Path file = Path.of(base, relative);
        if (!Files.isRegularFile(file)) {
            fail("missing shared data file " + file.toAbsolutePath() + " (" + relative + ")");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }
}
