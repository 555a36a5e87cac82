package se.larmcentral.geo.streets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.larmcentral.core.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsmMapReaderTest {

    @Test
    void readsTheNamedStreetsOfInnerStockholm() {
        MapExtract map = Extracts.read(Extracts.stockholmInner());

        assertThat(map.streets()).hasSizeGreaterThan(3000);
        assertThat(map.streets()).extracting(Street::name).contains("Drottninggatan", "Götgatan", "Sveavägen");
        assertThat(map.streets()).allSatisfy(street -> assertThat(street.line().getNumPoints()).isGreaterThanOrEqualTo(2));
        Street sveavagen = map.streets().stream().filter(s -> s.name().equals("Sveavägen")).findFirst().orElseThrow();
        assertThat(sveavagen.line().getCoordinate().y).isBetween(59.32, 59.36); // latitude is y
        assertThat(sveavagen.line().getCoordinate().x).isBetween(18.04, 18.08);
    }

    @Test
    void readsAddressesSquaresAndDistrictsOfARawExtract() {
        MapExtract map = Extracts.read(Extracts.norrmalm());

        assertThat(map.addresses()).hasSizeGreaterThan(900);
        Address address = map.addresses().stream()
                .filter(a -> a.street().equals("Drottninggatan") && a.number().equals("78")).findFirst().orElseThrow();
        assertThat(address.city()).isEqualTo("Stockholm");
        assertThat(address.at().lat()).isBetween(59.33, 59.35);
        assertThat(map.places()).extracting(Place::name).contains("Östermalmstorg", "Östermalm", "Vasastaden", "Konserthuset");
        assertThat(map.places()).filteredOn(p -> p.name().equals("Östermalm")).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo("suburb"));
    }

    @Test
    void aFileThatIsNotAnExtractIsRefusedNamingTheSetting(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("roads.osm.pbf"), "not a map");

        assertThatThrownBy(() -> OsmMapReader.read(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("osmExtract: cannot read");
        assertThatThrownBy(() -> OsmMapReader.read(dir.resolve("missing.osm.pbf")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no file at");
    }
}
