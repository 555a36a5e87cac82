package se.larmcentral.geo.streets;

import se.larmcentral.geo.SharedData;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shared extracts the map is tested on ({@link SharedData}), each read once per test run. */
final class Extracts {

    private static final Map<String, MapExtract> READ = new ConcurrentHashMap<>();

    private Extracts() {
    }

    static Path stockholmInner() {
        return SharedData.stockholmInner();
    }

    static Path norrmalm() {
        return SharedData.norrmalm();
    }

    static MapExtract read(Path file) {
        return READ.computeIfAbsent(file.toString(), f -> OsmMapReader.read(Path.of(f)));
    }
}
