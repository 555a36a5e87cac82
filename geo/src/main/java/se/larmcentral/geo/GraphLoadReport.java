package se.larmcentral.geo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the road graph was obtained at start-up.
 *
 * @param fromCache   true when a prepared graph was loaded from the cache folder (no import)
 * @param took        wall-clock time of the import or load
 * @param nodes       junctions and dead ends in the graph
 * @param edges       road segments between them
 * @param cacheFolder the folder that holds the prepared graph
 */
public record GraphLoadReport(boolean fromCache, Duration took, int nodes, int edges, Path cacheFolder) {
}
