package se.larmcentral.geo.streets;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongLongHashMap;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the named streets, places and addresses of an OpenStreetMap extract ({@code .osm.pbf}, or OSM XML, also
 * gzipped) with GraphHopper's OSM reader, the one the road graph is imported with. Three passes keep only the
 * coordinates it needs in memory, not every node of a country: the place relations' member ways, then the ways'
 * node ids, then the nodes and the ways themselves.
 */
public final class OsmMapReader {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double FIXED = 1e7;

    private OsmMapReader() {
    }

    /**
     * @throws InvalidInputException (field {@code osmExtract}) when the file is missing or cannot be read as OSM
     */
    public static MapExtract read(Path extract) {
        if (!Files.isRegularFile(extract)) {
            throw new InvalidInputException("osmExtract", "no file at " + extract.toAbsolutePath());
        }
        try {
            // Pass 1: relations that are named places (districts are boundaries in OSM), and their member ways.
            LongObjectHashMap<Long> wayOfPlaceRelation = new LongObjectHashMap<>();
            List<ReaderRelation> placeRelations = new ArrayList<>();
            each(extract, new SkipOptions(true, true, false), element -> {
                if (element instanceof ReaderRelation relation && isPlace(relation)) {
                    placeRelations.add(relation);
                    for (ReaderRelation.Member member : relation.getMembers()) {
                        if (member.getType() == ReaderElement.Type.WAY) {
                            wayOfPlaceRelation.put(member.getRef(), relation.getId());
                        }
                    }
                }
            });
            // Pass 2: the nodes the wanted ways are made of.
            LongHashSet wantedNodes = new LongHashSet();
            each(extract, new SkipOptions(true, false, true), element -> {
                if (element instanceof ReaderWay way && (wanted(way) || wayOfPlaceRelation.containsKey(way.getId()))) {
                    wantedNodes.addAll(way.getNodes());
                }
            });
            // Pass 3: node positions, tagged nodes, then the ways (a PBF and an OSM file list nodes before ways).
            LongLongHashMap positions = new LongLongHashMap(Math.max(16, wantedNodes.size()));
            LongObjectHashMap<double[]> relationSums = new LongObjectHashMap<>();
            List<Street> streets = new ArrayList<>();
            List<Place> places = new ArrayList<>();
            List<Address> addresses = new ArrayList<>();
            each(extract, new SkipOptions(false, false, true), element -> {
                if (element instanceof ReaderNode node) {
                    if (wantedNodes.contains(node.getId())) {
                        positions.put(node.getId(), pack(node.getLat(), node.getLon()));
                    }
                    GeoPoint at = new GeoPoint(node.getLat(), node.getLon());
                    place(node, at, places);
                    address(node, at, addresses);
                } else if (element instanceof ReaderWay way) {
                    Coordinate[] line = coordinates(way.getNodes(), positions);
                    if (line.length == 0) {
                        return;
                    }
                    String name = name(way);
                    if (way.hasTag("highway") && name != null && line.length >= 2) {
                        streets.add(new Street(name, way.getTag("highway"), GEOMETRY.createLineString(line)));
                    }
                    GeoPoint centre = centre(line);
                    if (!way.hasTag("highway")) {
                        place(way, centre, places);
                    }
                    address(way, centre, addresses);
                    if (wayOfPlaceRelation.containsKey(way.getId())) {
                        double[] sum = relationSums.getOrDefault(wayOfPlaceRelation.get(way.getId()), new double[3]);
                        for (Coordinate c : line) {
                            sum[0] += c.y;
                            sum[1] += c.x;
                            sum[2]++;
                        }
                        relationSums.put(wayOfPlaceRelation.get(way.getId()), sum);
                    }
                }
            });
            for (ReaderRelation relation : placeRelations) {
                double[] sum = relationSums.get(relation.getId());
                if (sum != null && sum[2] > 0) {
                    places.add(new Place(name(relation), relation.getTag("place"),
                            new GeoPoint(sum[0] / sum[2], sum[1] / sum[2])));
                }
            }
            return new MapExtract(streets, places, addresses);
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception | Error e) {
            throw new InvalidInputException("osmExtract", "cannot read " + extract.toAbsolutePath()
                    + " as an OpenStreetMap extract: " + (e.getMessage() == null ? "unreadable" : e.getMessage()));
        }
    }

    private static boolean isPlace(ReaderElement element) {
        return element.hasTag("place") && name(element) != null;
    }

    private static boolean wanted(ReaderWay way) {
        return (way.hasTag("highway") && name(way) != null) || isPlace(way) || isAddress(way);
    }

    private static boolean isAddress(ReaderElement element) {
        return element.hasTag("addr:street") && element.hasTag("addr:housenumber");
    }

    private static void place(ReaderElement element, GeoPoint at, List<Place> into) {
        if (isPlace(element)) {
            into.add(new Place(name(element), element.getTag("place"), at));
        }
    }

    private static void address(ReaderElement element, GeoPoint at, List<Address> into) {
        if (isAddress(element)) {
            into.add(new Address(element.getTag("addr:street").strip(), element.getTag("addr:housenumber").strip(),
                    element.getTag("addr:postcode", "").strip(), element.getTag("addr:city", "").strip(), at));
        }
    }

    private static String name(ReaderElement element) {
        String name = element.getTag("name");
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static Coordinate[] coordinates(LongArrayList nodes, LongLongHashMap positions) {
        List<Coordinate> line = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            long node = nodes.get(i);
            if (positions.containsKey(node)) {
                long packed = positions.get(node);
                line.add(new Coordinate((int) packed / FIXED, (int) (packed >> 32) / FIXED));
            }
        }
        return line.toArray(Coordinate[]::new);
    }

    /** The middle of a way's points: a building's entrance side or a square's middle is close enough to say. */
    private static GeoPoint centre(Coordinate[] line) {
        double lat = 0;
        double lon = 0;
        for (Coordinate c : line) {
            lat += c.y;
            lon += c.x;
        }
        return new GeoPoint(lat / line.length, lon / line.length);
    }

    private static long pack(double lat, double lon) {
        return ((long) (int) Math.round(lat * FIXED) << 32) | ((int) Math.round(lon * FIXED) & 0xffffffffL);
    }

    private interface ElementSink {
        void accept(ReaderElement element) throws Exception;
    }

    private static void each(Path extract, SkipOptions skip, ElementSink sink) throws Exception {
        try (OSMInputFile in = new OSMInputFile(extract.toFile()).setWorkerThreads(1).setSkipOptions(skip).open()) {
            ReaderElement element;
            while ((element = in.getNext()) != null) {
                sink.accept(element);
            }
        }
    }
}
