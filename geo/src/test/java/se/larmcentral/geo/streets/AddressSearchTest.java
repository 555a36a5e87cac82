package se.larmcentral.geo.streets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.larmcentral.core.InvalidInputException;

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

    /**
     * A few real names of Gamla stan and Södermalm at approximate positions (none of them is in the shared extracts,
     * which end north of Gamla stan or carry no names), written to a temporary file once per run.
     */
    static synchronized Path gamlaStanFile() {
        try {
            if (gamlaStanExtract == null) {
                gamlaStanExtract = Files.createTempFile("gamla-stan-names", ".osm");
                gamlaStanExtract.toFile().deleteOnExit();
                Files.writeString(gamlaStanExtract, GAMLA_STAN_NAMES);
            }
            return gamlaStanExtract;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path gamlaStanExtract;

    private static final String GAMLA_STAN_NAMES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6" generator="larmcentral test">
              <node id="1" lat="59.32970" lon="18.06830"/>
              <node id="2" lat="59.33160" lon="18.06590"/>
              <node id="3" lat="59.33400" lon="18.06280"/>
              <node id="4" lat="59.32505" lon="18.07063">
                <tag k="place" v="square"/><tag k="name" v="Stortorget"/>
              </node>
              <node id="5" lat="59.31430" lon="18.07170">
                <tag k="place" v="suburb"/><tag k="name" v="Södermalm"/>
              </node>
              <node id="6" lat="59.32560" lon="18.07130">
                <tag k="place" v="quarter"/><tag k="name" v="Gamla stan"/>
              </node>
              <node id="10" lat="59.32972" lon="18.06818">
                <tag k="addr:street" v="Drottninggatan"/><tag k="addr:housenumber" v="1"/>
                <tag k="addr:postcode" v="111 51"/><tag k="addr:city" v="Stockholm"/>
              </node>
              <node id="11" lat="59.33050" lon="18.06700">
                <tag k="addr:street" v="Drottninggatan"/><tag k="addr:housenumber" v="10"/>
                <tag k="addr:postcode" v="111 51"/><tag k="addr:city" v="Stockholm"/>
              </node>
              <node id="12" lat="59.33040" lon="18.06740">
                <tag k="addr:street" v="Drottninggatan"/><tag k="addr:housenumber" v="11"/>
                <tag k="addr:postcode" v="111 51"/><tag k="addr:city" v="Stockholm"/>
              </node>
              <node id="13" lat="59.32520" lon="18.07100">
                <tag k="addr:street" v="Stortorget"/><tag k="addr:housenumber" v="2"/>
                <tag k="addr:postcode" v="111 29"/><tag k="addr:city" v="Stockholm"/>
              </node>
              <node id="14" lat="59.32420" lon="18.07380">
                <tag k="addr:street" v="Österlånggatan"/><tag k="addr:housenumber" v="17"/>
                <tag k="addr:postcode" v="111 31"/><tag k="addr:city" v="Stockholm"/>
              </node>
              <node id="15" lat="59.31700" lon="18.07250">
                <tag k="addr:street" v="Götgatan"/><tag k="addr:housenumber" v="9"/>
                <tag k="addr:postcode" v="116 46"/><tag k="addr:city" v="Stockholm"/>
              </node>
              <node id="20" lat="59.32440" lon="18.07330"/>
              <node id="21" lat="59.32380" lon="18.07450"/>
              <node id="22" lat="59.31900" lon="18.07200"/>
              <node id="23" lat="59.31500" lon="18.07300"/>
              <way id="100">
                <nd ref="1"/><nd ref="2"/><nd ref="3"/>
                <tag k="highway" v="pedestrian"/><tag k="name" v="Drottninggatan"/>
              </way>
              <way id="101">
                <nd ref="20"/><nd ref="21"/>
                <tag k="highway" v="residential"/><tag k="name" v="Österlånggatan"/>
              </way>
              <way id="102">
                <nd ref="22"/><nd ref="23"/>
                <tag k="highway" v="secondary"/><tag k="name" v="Götgatan"/>
              </way>
            </osm>
            """;
}
