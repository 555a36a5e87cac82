package se.larmcentral.geo;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Imports an OSM extract into a GraphHopper graph with the emergency profile (and contraction hierarchies for
 * point-to-point routes), or loads the graph prepared by an earlier start from the cache folder.
 *
 * <p>The cache sub-folder is {@code <extract-name>-<hash>}, the hash covering the extract's size and
 * modification time, the profile and the import settings: a new extract or profile gets a new folder, an
 * unchanged one is loaded without reading the extract. A cached graph that cannot be read (an import
 * interrupted half-way) is deleted and imported again.
 */
final class RoadGraphLoader {

    /** Bump when the way the graph is built changes, so old caches are not reused. */
    private static final String LAYOUT = "larm-geo-2 graphhopper-11.0 ch urban-density";
    private static final long HEARTBEAT_SECONDS = 5;

    private RoadGraphLoader() {
    }

    /** A loaded GraphHopper instance and how it was obtained. */
    record Loaded(GraphHopper hopper, GraphLoadReport report) {
    }

    static Loaded load(RoadNetworkConfig config, Consumer<String> progress) {
        Path folder = cacheFolder(config);
        long start = System.nanoTime();
        boolean cached = Files.isRegularFile(folder.resolve("properties"));
        GraphHopper hopper;
        if (cached) {
            progress.accept("Loading the prepared road graph from " + folder);
            try {
                hopper = create(config, folder).importOrLoad();
            } catch (RuntimeException e) {
                progress.accept("The prepared graph in " + folder + " cannot be read (" + e.getMessage()
                        + "); deleting it and importing " + config.osmExtract() + " again");
                deleteRecursively(folder);
                cached = false;
                hopper = importGraph(config, folder, progress);
            }
        } else {
            hopper = importGraph(config, folder, progress);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        GraphLoadReport report = new GraphLoadReport(cached, took,
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges(), folder);
        progress.accept(String.format(java.util.Locale.ROOT, "Road graph ready in %.1f s (%s): %d nodes, %d edges",
                took.toMillis() / 1000.0, cached ? "loaded from cache" : "imported and cached",
                report.nodes(), report.edges()));
        return new Loaded(hopper, report);
    }

    /** The cache sub-folder for this extract, profile and settings. */
    static Path cacheFolder(RoadNetworkConfig config) {
        try {
            String key = String.join("\n", LAYOUT,
                    Long.toString(Files.size(config.osmExtract())),
                    Long.toString(Files.getLastModifiedTime(config.osmExtract()).toMillis()),
                    EmergencyProfile.ENCODED_VALUES,
                    EmergencyProfile.customModel(config.speeds()).toString(),
                    Double.toString(config.speeds().urbanRadiusMetres()),
                    Double.toString(config.speeds().urbanSensitivity()),
                    Integer.toString(config.minNetworkSize()));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            String hash = HexFormat.of().formatHex(digest, 0, 6);
            return config.graphCacheFolder().resolve(config.extractName() + "-" + hash);
        } catch (IOException e) {
            throw new InvalidInputException("osmExtract", "cannot read " + config.osmExtract() + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static GraphHopper importGraph(RoadNetworkConfig config, Path folder, Consumer<String> progress) {
        try {
            Files.createDirectories(folder.getParent());
        } catch (IOException e) {
            throw new InvalidInputException("graphCacheFolder", "cannot create " + folder.getParent() + ": " + e.getMessage());
        }
        progress.accept(String.format(java.util.Locale.ROOT,
                "Importing %s (%.1f MB) into %s: reading roads, then preparing contraction hierarchies",
                config.osmExtract(), sizeMegabytes(config.osmExtract()), folder));
        long start = System.nanoTime();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "graph-import-progress");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> progress.accept(String.format(java.util.Locale.ROOT,
                        "  still importing: %d s, heap in use %d MB",
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), usedHeapMegabytes())),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        try {
            return create(config, folder).importOrLoad();
        } catch (RuntimeException e) {
            deleteRecursively(folder);
            throw new InvalidInputException("osmExtract", "import of " + config.osmExtract() + " failed: " + causes(e));
        } finally {
            heartbeat.shutdownNow();
        }
    }

    private static GraphHopper create(RoadNetworkConfig config, Path folder) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(config.osmExtract().toString());
        hopper.setGraphHopperLocation(folder.toString());
        hopper.setEncodedValuesString(EmergencyProfile.ENCODED_VALUES);
        hopper.setProfiles(EmergencyProfile.profile(config.speeds()));
        // Residential density only (city radius 0): both RESIDENTIAL and CITY count as built-up.
        hopper.setUrbanDensityCalculation(config.speeds().urbanRadiusMetres(), config.speeds().urbanSensitivity(),
                0, 0, 1);
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile(EmergencyProfile.NAME));
        hopper.setMinNetworkSize(config.minNetworkSize());
        return hopper;
    }

    /** The messages of an exception and its causes, so the user sees the root cause in one line. */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }

    private static double sizeMegabytes(Path file) {
        try {
            return Files.size(file) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the broken graph cache " + folder, e);
        }
    }
}
