package se.larmcentral.bench.map;

import se.larmcentral.bench.Percentiles;
import se.larmcentral.geo.streets.Address;
import se.larmcentral.geo.streets.AddressSearch;
import se.larmcentral.geo.streets.BoundingBox;
import se.larmcentral.geo.streets.MapExtract;
import se.larmcentral.geo.streets.OsmMapReader;
import se.larmcentral.geo.streets.Place;
import se.larmcentral.geo.streets.StreetLayer;
import se.larmcentral.geo.streets.Street;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code ./larm bench map [SHARED_DATA]}: the offline map on the shared extracts. (1) Reading the extract and building
 * the search index. (2) Address and place search: 1,000 seeded queries as operators type them (exact addresses,
 * misspelt street names, å ä ö typed plain, unfinished words, place names), p50/p99 after 1,000 of warm-up, beside the
 * baseline of a plain scan of every name for the same words (no misspellings) in the same run. (3) The street layer:
 * 200 seeded views at zoom 12 and at zoom 16, p50/p99 and the answer's size.
 *
 * <p>The shared data folder is the first argument, else {@code larm.sharedData}, else {@code ../shared/data}.
 */
public final class Run {

    private static final int QUERIES = 1_000;

    private Run() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("larm.sharedData", "../shared/data"));
        for (String extract : List.of("osm/stockholm-norrmalm-2019.osm.gz", "osm/stockholm-inner-2020.osm.pbf")) {
            Path file = shared.resolve(extract);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("missing " + file.toAbsolutePath() + " (give the shared data folder as the argument)");
            }
            bench(file);
        }
    }

    private static void bench(Path file) throws Exception {
        System.out.println("== " + file.getFileName());
        long start = System.nanoTime();
        MapExtract map = OsmMapReader.read(file);
        double readMs = (System.nanoTime() - start) / 1e6;
        Path cache = Files.createTempDirectory("larm-bench-map");
        try {
            start = System.nanoTime();
            AddressSearch search = AddressSearch.open(file, () -> map, cache, line -> { });
            double indexMs = (System.nanoTime() - start) / 1e6;
            System.out.printf(Locale.ROOT, "read: %d streets, %d places, %d addresses in %.0f ms; index built in %.0f ms%n",
                    map.streets().size(), map.places().size(), map.addresses().size(), readMs, indexMs);

            List<String> queries = queries(map, new Random(20));
            List<String> names = names(map);
            for (String q : queries) { // warm-up
                search.search(q, 10);
                scan(names, q);
            }
            long[] lucene = new long[QUERIES];
            long[] plain = new long[QUERIES];
            int found = 0;
            for (int i = 0; i < QUERIES; i++) {
                long t = System.nanoTime();
                found += search.search(queries.get(i), 10).isEmpty() ? 0 : 1;
                lucene[i] = System.nanoTime() - t;
                t = System.nanoTime();
                scan(names, queries.get(i));
                plain[i] = System.nanoTime() - t;
            }
            Percentiles l = new Percentiles(lucene);
            Percentiles p = new Percentiles(plain);
            System.out.println("search, " + QUERIES + " queries (" + found + " with a hit):");
            System.out.printf(Locale.ROOT, "  %-44s p50 %7.3f ms  p99 %7.3f ms%n", "Lucene (typos, å ä ö, prefixes)", l.millis(0.5), l.millis(0.99));
            System.out.printf(Locale.ROOT, "  %-44s p50 %7.3f ms  p99 %7.3f ms%n", "baseline: scan of every name, exact words", p.millis(0.5), p.millis(0.99));
            System.out.printf(Locale.ROOT, "  ratio p50 %.2f, p99 %.2f (below 1: Lucene faster)%n",
                    l.millis(0.5) / p.millis(0.5), l.millis(0.99) / p.millis(0.99));
            search.close();

            StreetLayer layer = new StreetLayer(map);
            for (int zoom : new int[] {12, 16}) {
                Random random = new Random(zoom);
                long[] times = new long[200];
                long shapes = 0;
                for (int round = 0; round < 2; round++) { // the first round warms up
                    for (int i = 0; i < times.length; i++) {
                        BoundingBox box = view(map, random, zoom);
                        long t = System.nanoTime();
                        shapes += round == 1 ? layer.view(box, zoom).streets().size() : 0;
                        times[i] = System.nanoTime() - t;
                    }
                }
                Percentiles v = new Percentiles(times);
                System.out.printf(Locale.ROOT, "streets, 200 views at zoom %d (a 1000x700 px screen): p50 %.3f ms  p99 %.3f ms, %d streets a view on average%n",
                        zoom, v.millis(0.5), v.millis(0.99), shapes / times.length);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(cache)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        System.out.println();
    }

    /** What operators type: a fifth each of exact addresses, misspelt ones, plain-letter names, unfinished words, places. */
    static List<String> queries(MapExtract map, Random random) {
        List<String> streets = map.streets().stream().map(Street::name).distinct().toList();
        List<Address> addresses = map.addresses();
        List<Place> places = map.places();
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES) {
            int kind = random.nextInt(5);
            if ((kind == 0 || kind == 1) && !addresses.isEmpty()) {
                Address a = addresses.get(random.nextInt(addresses.size()));
                queries.add((kind == 0 ? a.street() : misspelt(a.street(), random)) + " " + a.number());
            } else if (kind == 4 && !places.isEmpty()) {
                queries.add(places.get(random.nextInt(places.size())).name());
            } else {
                String street = streets.get(random.nextInt(streets.size()));
                queries.add(switch (kind) {
                    case 0, 1 -> misspelt(street, random);
                    case 2 -> plain(street);
                    default -> street.substring(0, Math.min(street.length(), 5));
                });
            }
        }
        return queries;
    }

    private static String misspelt(String name, Random random) {
        if (name.length() < 6) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1); // one letter left out
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> names(MapExtract map) {
        List<String> names = new ArrayList<>();
        map.addresses().forEach(a -> names.add(plain(a.label())));
        map.places().forEach(p -> names.add(plain(p.name())));
        map.streets().stream().map(Street::name).distinct().forEach(s -> names.add(plain(s)));
        return names;
    }

    /** The baseline: every name that holds every word of the query (after folding), up to ten. */
    private static int scan(List<String> names, String query) {
        String[] words = plain(query).split("\\s+");
        int hits = 0;
        for (String name : names) {
            boolean all = true;
            for (String word : words) {
                if (!name.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all && ++hits == 10) {
                break;
            }
        }
        return hits;
    }

    private static BoundingBox view(MapExtract map, Random random, int zoom) {
        Street street = map.streets().get(random.nextInt(map.streets().size()));
        var c = street.line().getCoordinate();
        double degreesPerPixel = 360.0 / (256 * Math.pow(2, zoom));
        double halfWidth = 500 * degreesPerPixel;
        double halfHeight = 350 * degreesPerPixel * Math.cos(Math.toRadians(c.y));
        return new BoundingBox(c.x - halfWidth, c.y - halfHeight, c.x + halfWidth, c.y + halfHeight);
    }
}
