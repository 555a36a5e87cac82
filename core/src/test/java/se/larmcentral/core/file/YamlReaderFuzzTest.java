package se.larmcentral.core.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import se.larmcentral.core.fuzz.Fuzzing;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, item 8: the one YAML reader under seeded mutations of real documents (YAML and JSON, which is YAML too). */
class YamlReaderFuzzTest {

    private static final String BLOCK = """
            format: test/1
            name: "Station 1"
            opened: 2025-06-10T08:00:00Z
            units:
              - {id: U1, type: ambulance, staff: 2, lat: 59.3326, lon: 18.0649}
              - id: U2
                type: intensive-care-ambulance
                active: false
                notes: |
                  two lines,
                  åäö
            """;
    private static final String FLOW = """
            {"format": "test/1", "counties": [{"code": "01", "municipalities": {"0120": "Värmdö", "0180": "Stockholm"}}],
             "limits": [60, 180, 900, 3600], "ratio": 0.68}
            """;

    @Test
    @Timeout(120)
    void everyMutatedDocumentIsReadOrRefusedWithItsPlace() {
        Fuzzing.Tally tally = Fuzzing.run("core YamlReader", List.of(BLOCK, FLOW), 3_000,
                Set.of(YamlFileException.class), text -> walk(YamlReader.read("fuzz.yaml", text)));
        assertThat(tally.accepted()).as("some mutations still read").isPositive();
        assertThat(tally.refused()).as("some mutations are refused").isPositive();
    }

    /** Reads every node as a program would, so a tree that reads but cannot be walked fails too. */
    private static void walk(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            mapping.keys().forEach(key -> walk(mapping.required(key)));
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(YamlReaderFuzzTest::walk);
        } else {
            node.describe();
        }
    }
}
