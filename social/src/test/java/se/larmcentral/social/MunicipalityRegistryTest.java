package se.larmcentral.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.larmcentral.core.NotFoundException;

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
}
