package se.larmcentral.geo.streets;

import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The map an operator can use without a tile server, from the configured extract: its streets and place names by
 * view ({@link StreetLayer}), address and place search ({@link AddressSearch}, index kept under the cache folder) and
 * the address of a position ({@link ReverseGeocoder}). The streets are read from the extract at every start.
 */
public final class OfflineMap implements AutoCloseable {

    private final String source;
    private final StreetLayer streets;
    private final AddressSearch search;
    private final ReverseGeocoder addresses;

    private OfflineMap(String source, StreetLayer streets, AddressSearch search, ReverseGeocoder addresses) {
        this.source = source;
        this.streets = streets;
        this.search = search;
        this.addresses = addresses;
    }

    /**
     * Reads {@code extract} and opens (or builds) its search index under {@code cacheFolder}.
     *
     * @throws InvalidInputException (field {@code osmExtract}) when the extract cannot be read
     */
    public static OfflineMap open(Path extract, Path cacheFolder, Consumer<String> progress) {
        long start = System.nanoTime();
        MapExtract map = OsmMapReader.read(extract);
        progress.accept("map: " + map.streets().size() + " named streets, " + map.places().size() + " places and "
                + map.addresses().size() + " addresses read from " + extract.getFileName() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        AddressSearch search = AddressSearch.open(extract, () -> map, cacheFolder, progress);
        return new OfflineMap(extract.getFileName().toString(), new StreetLayer(map), search, new ReverseGeocoder(map));
    }

    /** The extract's file name, for the map's attribution. */
    public String source() {
        return source;
    }

    public StreetView view(BoundingBox box, int zoom) {
        return streets.view(box, zoom);
    }

    public List<SearchHit> search(String text, int limit) {
        return search.search(text, limit);
    }

    public AddressAt addressAt(GeoPoint position) {
        return addresses.at(position);
    }

    @Override
    public void close() {
        search.close();
    }
}
