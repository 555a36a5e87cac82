package se.larmcentral.geo.streets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.locationtech.jts.geom.Coordinate;
import se.larmcentral.core.GeoPoint;
import se.larmcentral.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Address and place search over the extract with Apache Lucene: addresses ({@code addr:street} and
 * {@code addr:housenumber}, postcode, city), named places and named streets. Swedish letters match their plain
 * spelling ({@link SwedishNameAnalyzer}); a word may be misspelt (one edit in a word of four to six letters, two in a
 * longer one); a word being typed matches as a prefix. Every word must match; a house number that matches lifts its
 * address to the top, one that does not leaves the street. The index is built once into a folder named after the
 * extract and its size and time, so a changed extract gets a new one (and the old is deleted).
 */
public final class AddressSearch implements AutoCloseable {

    public static final int MAX_HITS = 50;
    /**
     * Lucene says at every start that the JDK's vector module is not enabled: it speeds up vector search, which the
     * address search does not use. Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");
    /** Bumped when what is indexed changes, so an old index is rebuilt. */
    private static final String FORMAT = "2";
    private static final String COMPLETE = "complete";
    /** A street is one hit per name within about 2 km: "Storgatan" of two towns is two hits. */
    private static final double STREET_CELL_DEGREES = 0.02;

    private final Analyzer analyzer = new SwedishNameAnalyzer();
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Path folder;
    private final boolean built;

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private AddressSearch(Path folder, boolean built) throws IOException {
        this.folder = folder;
        this.built = built;
        this.directory = FSDirectory.open(folder);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Opens the index of {@code extract} under {@code cacheFolder}, building it from {@code map} (read only when
     * needed) when there is none for this version of the extract.
     */
    public static AddressSearch open(Path extract, java.util.function.Supplier<MapExtract> map, Path cacheFolder,
                                     Consumer<String> progress) {
        try {
            String name = extract.getFileName().toString();
            String key = Integer.toHexString((Files.size(extract) + "/" + Files.getLastModifiedTime(extract).toMillis()
                    + "/" + FORMAT).hashCode());
            Path folder = cacheFolder.resolve("search-" + name + "-" + key);
            if (Files.isRegularFile(folder.resolve(COMPLETE))) {
                return new AddressSearch(folder, false);
            }
            Files.createDirectories(cacheFolder);
            deleteOldIndexes(cacheFolder, "search-" + name + "-", folder);
            deleteTree(folder);
            long start = System.nanoTime();
            MapExtract content = map.get();
            write(content, folder);
            Files.writeString(folder.resolve(COMPLETE), name + "\n");
            progress.accept("address search: indexed " + content.addresses().size() + " addresses, "
                    + content.places().size() + " places and the named streets of " + name + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms (" + folder.toAbsolutePath() + ")");
            return new AddressSearch(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("address search index under " + cacheFolder + ": " + e.getMessage(), e);
        }
    }

    /** Whether this open built the index (false: it was found under the cache folder). */
    public boolean built() {
        return built;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The best {@code limit} hits for what an operator typed.
     *
     * @throws InvalidInputException (field {@code q}) when it holds no word, (field {@code limit}) outside 1-50
     */
    public List<SearchHit> search(String text, int limit) {
        if (limit < 1 || limit > MAX_HITS) {
            throw new InvalidInputException("limit", "must be from 1 to " + MAX_HITS + ", was " + limit);
        }
        List<String> words = words(text == null ? "" : text);
        if (words.isEmpty()) {
            throw new InvalidInputException("q", "give a street, an address or a place name to search for");
        }
        // Words as typed first; only when they find nothing, misspelt ones too: the fuzzy automata are most of a
        // search's cost, and a word found as typed is what the operator meant.
        List<SearchHit> hits = run(query(words, false), limit);
        return hits.isEmpty() ? run(query(words, true), limit) : hits;
    }

    private static Query query(List<String> words, boolean misspelt) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean number = false;
        for (String word : words) {
            if (Character.isDigit(word.charAt(0))) {
                number = true;
                query.add(boost(new TermQuery(new Term("number", word)), 3), BooleanClause.Occur.SHOULD);
                query.add(boost(new TermQuery(new Term("text", word)), 0.5f), BooleanClause.Occur.SHOULD);
            } else {
                query.add(wordQuery(word, misspelt), BooleanClause.Occur.MUST);
            }
        }
        if (!number) {
            // The street or place itself before each of its addresses.
            query.add(boost(new TermQuery(new Term("kind", SearchHit.Kind.PLACE.name())), 0.6f), BooleanClause.Occur.SHOULD);
            query.add(boost(new TermQuery(new Term("kind", SearchHit.Kind.STREET.name())), 0.5f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private List<SearchHit> run(Query query, int limit) {
        try {
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField("order", SortField.Type.STRING));
            TopDocs top = searcher.search(query, limit * 4, sort, true);
            StoredFields stored = searcher.storedFields();
            Map<String, SearchHit> hits = new LinkedHashMap<>();
            for (ScoreDoc scored : top.scoreDocs) {
                Document doc = stored.document(scored.doc);
                SearchHit hit = new SearchHit(SearchHit.Kind.valueOf(doc.get("kind")), doc.get("label"), doc.get("detail"),
                        new GeoPoint(doc.getField("lat").numericValue().doubleValue(),
                                doc.getField("lon").numericValue().doubleValue()), scored.score);
                hits.putIfAbsent(hit.kind() + "/" + hit.label(), hit);
                if (hits.size() == limit) {
                    break;
                }
            }
            return List.copyOf(hits.values());
        } catch (IOException e) {
            throw new UncheckedIOException("address search in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Exact before typed-so-far before misspelt; constant scores so a rare name does not outrank an exact one. */
    private static Query wordQuery(String word, boolean misspelt) {
        List<Query> ways = new ArrayList<>();
        ways.add(boost(new TermQuery(new Term("text", word)), 4));
        if (word.length() >= 2) {
            ways.add(boost(new PrefixQuery(new Term("text", word)), 2));
        }
        int edits = word.length() <= 3 ? 0 : word.length() <= 6 ? 1 : 2;
        if (misspelt && edits > 0) {
            // One automaton per word (the costly part of a search): a long word's two edits include one.
            ways.add(boost(new FuzzyQuery(new Term("text", word), edits, 1), 1.5f));
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    private static Query boost(Query query, float by) {
        return new BoostQuery(new ConstantScoreQuery(query), by);
    }

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static void write(MapExtract map, Path folder) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SwedishNameAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Address address : map.addresses()) {
                writer.addDocument(doc(SearchHit.Kind.ADDRESS, address.label(), address.city(), address.at(),
                        address.street() + " " + address.number() + " " + address.postcode() + " " + address.city(),
                        address.number(), address.street() + " " + sortableNumber(address.number())));
            }
            for (Place place : map.places()) {
                writer.addDocument(doc(SearchHit.Kind.PLACE, place.name(), place.kind(), place.at(), place.name(), "",
                        place.name()));
            }
            // One hit per street name and cell, at the middle of its longest way: the street, not a corner of it.
            Map<String, Street> longest = new LinkedHashMap<>();
            for (Street street : map.streets()) {
                Coordinate first = street.line().getCoordinateN(0);
                String cell = street.name() + "/" + Math.floor(first.y / STREET_CELL_DEGREES) + "/"
                        + Math.floor(first.x / STREET_CELL_DEGREES);
                longest.merge(cell, street, (a, b) -> b.line().getLength() > a.line().getLength() ? b : a);
            }
            for (Street street : longest.values()) {
                Coordinate middle = street.line().getCoordinateN(street.line().getNumPoints() / 2);
                writer.addDocument(doc(SearchHit.Kind.STREET, street.name(), street.highway(),
                        new GeoPoint(middle.y, middle.x), street.name(), "", street.name()));
            }
            writer.forceMerge(1);
        }
    }

    private static Document doc(SearchHit.Kind kind, String label, String detail, GeoPoint at, String text,
                                String number, String order) {
        Document doc = new Document();
        doc.add(new StringField("kind", kind.name(), Field.Store.YES));
        doc.add(new StoredField("label", label));
        doc.add(new StoredField("detail", detail == null ? "" : detail));
        doc.add(new StoredField("lat", at.lat()));
        doc.add(new StoredField("lon", at.lon()));
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new StringField("number", number.toLowerCase(java.util.Locale.ROOT).replace(" ", ""), Field.Store.NO));
        doc.add(new org.apache.lucene.document.SortedDocValuesField("order",
                new org.apache.lucene.util.BytesRef(order.toLowerCase(java.util.Locale.ROOT))));
        return doc;
    }

    /** "2" before "10" when hits tie: numbers padded for sorting. */
    private static String sortableNumber(String number) {
        String digits = number.replaceAll("\\D.*", "");
        return digits.isEmpty() ? number : "0".repeat(Math.max(0, 6 - digits.length())) + number;
    }

    private static void deleteOldIndexes(Path cacheFolder, String prefix, Path keep) throws IOException {
        try (Stream<Path> folders = Files.list(cacheFolder)) {
            for (Path old : folders.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.equals(keep)).toList()) {
                deleteTree(old);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
