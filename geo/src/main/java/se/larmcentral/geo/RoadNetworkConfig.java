package se.larmcentral.geo;

import se.larmcentral.core.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the road network comes from and how points are matched to it.
 *
 * @param osmExtract       the OpenStreetMap extract ({@code .osm.pbf}, {@code .osm} or {@code .osm.gz}) of the region
 * @param graphCacheFolder the folder that holds prepared graphs, one sub-folder per extract and profile
 *                         ({@code <extract-name>-<hash>}); reused on the next start
 * @param maxSnapMetres    how far a position may lie from the nearest road and still be matched to it
 * @param minNetworkSize   road networks with fewer nodes than this (islands, car parks cut off by the extract's
 *                         border) are never snapped to; GraphHopper's default is 200
 * @param speeds           how fast each road is driven ({@link RoadSpeeds#DEFAULT} unless configured)
 */
public record RoadNetworkConfig(Path osmExtract, Path graphCacheFolder, double maxSnapMetres, int minNetworkSize,
                                RoadSpeeds speeds) {

    /** The default maximum distance from a road, in metres. */
    public static final double DEFAULT_MAX_SNAP_METRES = 500;

    /** The default minimum size of a road network that positions are snapped to, in nodes. */
    public static final int DEFAULT_MIN_NETWORK_SIZE = 200;

    public RoadNetworkConfig {
        if (osmExtract == null) {
            throw new InvalidInputException("osmExtract", "is missing. " + ExtractAdvice.TEXT);
        }
        if (!Files.isRegularFile(osmExtract) || !Files.isReadable(osmExtract)) {
            throw new InvalidInputException("osmExtract",
                    "no readable file at " + osmExtract.toAbsolutePath() + ". " + ExtractAdvice.TEXT);
        }
        if (graphCacheFolder == null) {
            throw new InvalidInputException("graphCacheFolder", "is missing; give a folder for prepared graphs, e.g. ./data/graph-cache");
        }
        if (!Double.isFinite(maxSnapMetres) || maxSnapMetres <= 0) {
            throw new InvalidInputException("maxSnapMetres", "must be a positive number of metres, was " + maxSnapMetres);
        }
        if (minNetworkSize < 0) {
            throw new InvalidInputException("minNetworkSize", "must be zero or more nodes, was " + minNetworkSize);
        }
        if (speeds == null) {
            throw new InvalidInputException("speeds", "is missing");
        }
        speeds.checked();
    }

    /** The extract and cache folder with the default snap distance, network size and speeds. */
    public static RoadNetworkConfig of(Path osmExtract, Path graphCacheFolder) {
        return new RoadNetworkConfig(osmExtract, graphCacheFolder, DEFAULT_MAX_SNAP_METRES, DEFAULT_MIN_NETWORK_SIZE,
                RoadSpeeds.DEFAULT);
    }

    public RoadNetworkConfig withMaxSnapMetres(double metres) {
        return new RoadNetworkConfig(osmExtract, graphCacheFolder, metres, minNetworkSize, speeds);
    }

    public RoadNetworkConfig withMinNetworkSize(int nodes) {
        return new RoadNetworkConfig(osmExtract, graphCacheFolder, maxSnapMetres, nodes, speeds);
    }

    public RoadNetworkConfig withSpeeds(RoadSpeeds roadSpeeds) {
        return new RoadNetworkConfig(osmExtract, graphCacheFolder, maxSnapMetres, minNetworkSize, roadSpeeds);
    }

    /** The extract's file name without {@code .osm.pbf}, {@code .osm.gz}, {@code .pbf} or {@code .osm}. */
    public String extractName() {
        String name = osmExtract.getFileName().toString();
        for (String suffix : new String[] {".osm.pbf", ".osm.gz", ".osm.bz2", ".pbf", ".osm", ".xml"}) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
