package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.social.file.MunicipalityRegistryFile;

class MunicipalityRegistryTest {

    @Test
    void theRegistryMatchesScbsListOfAll290Municipalities() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        for (String[] row : SharedData.csvRows("geo/municipalities.csv")) {
            expected.put(row[0], row[2] + " | " + row[3]);
        }
        Map<String, String> actual = new TreeMap<>();
        for (Municipality m : Fixture.REGISTRY.all()) {
            actual.put(m.code(), m.name() + " | " + m.countyCode());
        }
        assertThat(expected).hasSize(290);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void stockholmCountyHas26MunicipalitiesFrom0114To0192() {
        List<Municipality> county = Fixture.REGISTRY.inCounty("01");
        assertThat(county).hasSize(26);
        assertThat(county.get(0).code()).isEqualTo("0114");
        assertThat(county.get(25).code()).isEqualTo("0192");
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Fixture.REGISTRY.require("municipality", "0199"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("municipality").hasMessageContaining("0199")
                .extracting(e -> ((NotFoundException) e).field()).isEqualTo("municipality");
    }

    /** Found by the fuzzer (issue 13): a file of comments only read as no document and failed with a null pointer. */
    @Test
    void anEmptyRegistryFileIsRefusedByName() {
        assertThatThrownBy(() -> MunicipalityRegistryFile.read(new ByteArrayInputStream(
                "# the municipalities, cut short\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessage("file: is empty");
        assertThatThrownBy(() -> MunicipalityRegistryFile.read(new ByteArrayInputStream(
                "format: larm-municipalities/1\ncounties:\n  - code: \"22\"\n    name:\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessage("counties[0].municipalities: is missing");
    }
}
