package se.larmcentral.geo.streets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.InvalidInputException;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressSearchTest {

    @TempDir
    static Path cache;
    private static AddressSearch gamlaStan;
    private static AddressSearch norrmalm;

    @BeforeAll
    static void index() {
        gamlaStan = AddressSearch.open(gamlaStanFile(), () -> OsmMapReader.read(gamlaStanFile()), cache, line -> { });
        norrmalm = AddressSearch.open(Extracts.norrmalm(), () -> Extracts.read(Extracts.norrmalm()), cache, line -> { });
    }

    @AfterAll
    static void close() {
        gamlaStan.close();
        norrmalm.close();
    }

    /** The brief's words, on the hand-made Gamla stan file (the shared extracts do not hold these names). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Drottninggatan 1       | Drottninggatan 1, 111 51 Stockholm | ADDRESS
            drottninggatn 1        | Drottninggatan 1, 111 51 Stockholm | ADDRESS
            DROTTNINGGATAN 1       | Drottninggatan 1, 111 51 Stockholm | ADDRESS
            Drottninggatan 11      | Drottninggatan 11, 111 51 Stockholm | ADDRESS
            Drottninggatan         | Drottninggatan                     | STREET
            drottningg             | Drottninggatan                     | STREET
            Södermalm              | Södermalm                          | PLACE
            Sodermalm              | Södermalm                          | PLACE
            sodremalm              | Södermalm                          | PLACE
            Stortorget             | Stortorget                         | PLACE
            stortorget 2           | Stortorget 2, 111 29 Stockholm     | ADDRESS
            osterlanggatan 17      | Österlånggatan 17, 111 31 Stockholm | ADDRESS
            Österlångatan          | Österlånggatan                     | STREET
            gamla stan             | Gamla stan                         | PLACE
            111 31                 | Österlånggatan 17, 111 31 Stockholm | ADDRESS
            """)
    void findsTheBriefsNames(String typed, String first, SearchHit.Kind kind) {
        List<SearchHit> hits = gamlaStan.search(typed, 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().label()).isEqualTo(first);
        assertThat(hits.getFirst().kind()).isEqualTo(kind);
    }

    /** Real addresses and places of the raw Norrmalm extract (OSM 2019). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Drottninggatan 78       | Drottninggatan 78, Stockholm
            drottninggatn 78        | Drottninggatan 78, Stockholm
            Sveavägen 68            | Sveavägen 68
            sveavagen 68            | Sveavägen 68
            Birger Jarlsgatan 57A   | Birger Jarlsgatan 57A
            birger jarlsgatn 55     | Birger Jarlsgatan 55
            Östermalmstorg          | Östermalmstorg
            Ostermalmstorg          | Östermalmstorg
            ostermalm               | Östermalm
            Vasastaden              | Vasastaden
            konserthuset            | Konserthuset
            """)
    void findsRealAddressesOfNorrmalm(String typed, String firstStartsWith) {
        List<SearchHit> hits = norrmalm.search(typed, 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().label()).startsWith(firstStartsWith);
        assertThat(hits.getFirst().at().lat()).isBetween(59.32, 59.35);
    }

    @Test
    void nothingLikeItFindsNothing() {
        assertThat(norrmalm.search("Xyzzygränd 3", 5)).isEmpty();
    }

    @Test
    void anEmptyQueryOrABadLimitIsRefused() {
        assertThatThrownBy(() -> norrmalm.search("  ,. ", 5)).isInstanceOf(InvalidInputException.class)
                .hasMessage("q: give a street, an address or a place name to search for");
        assertThatThrownBy(() -> norrmalm.search("Sveavägen", 0)).hasMessage("limit: must be from 1 to 50, was 0");
    }

    @Test
    void theIndexIsKeptAndRebuiltWhenTheExtractChanges(@TempDir Path dir) throws Exception {
        Path extract = Files.copy(gamlaStanFile(), dir.resolve("city.osm"));
        Path folder = dir.resolve("cache");
        int[] reads = new int[1];
        try (AddressSearch first = AddressSearch.open(extract, () -> { reads[0]++; return OsmMapReader.read(extract); }, folder, l -> { })) {
            assertThat(first.built()).isTrue();
        }
        try (AddressSearch again = AddressSearch.open(extract, () -> { reads[0]++; return OsmMapReader.read(extract); }, folder, l -> { })) {
            assertThat(again.built()).isFalse();
            assertThat(again.search("Stortorget", 1)).hasSize(1);
        }
        assertThat(reads[0]).isEqualTo(1);

        Files.setLastModifiedTime(extract, FileTime.fromMillis(Files.getLastModifiedTime(extract).toMillis() + 60_000));
        try (AddressSearch changed = AddressSearch.open(extract, () -> { reads[0]++; return OsmMapReader.read(extract); }, folder, l -> { })) {
            assertThat(changed.built()).isTrue();
        }
        try (var folders = Files.list(folder)) {
            assertThat(folders.toList()).hasSize(1); // the old index is gone
        }
    }

    static Path gamlaStanFile() {
        try {
            return Path.of(AddressSearchTest.class.getResource("/osm/gamla-stan-names.osm").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
