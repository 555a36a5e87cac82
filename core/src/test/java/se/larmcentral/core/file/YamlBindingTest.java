package se.larmcentral.core.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Binding a document to records: good values, and each kind of wrong value named at its place in plain words. */
class YamlBindingTest {

    record Unit(String id, Integer staff, Boolean active) {
    }

    record Station(String name, int port, List<Unit> units) {
    }

    @Test
    void aDocumentBindsToRecords() {
        Station station = YamlBinding.bind(YamlReader.read("s.yaml", """
                name: S1
                port: 8080
                units:
                  - {id: U1, staff: 2, active: true}
                  - {id: 17}
                """), Station.class);
        assertThat(station).isEqualTo(new Station("S1", 8080, List.of(new Unit("U1", 2, true), new Unit("17", null, null))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field|name: S1\\nport: 1\\nunits:\\n  - {id: U1, staf: 2}|units[0].staf|4|14|is not a known field; known: active, id, staff",
            "not a whole number|name: S1\\nport: 1\\nunits:\\n  - {id: U1, staff: many}|units[0].staff|4|21|'many' is not a whole number",
            "not true or false|name: S1\\nport: 1\\nunits:\\n  - {id: U1, active: sometimes}|units[0].active|4|22|'sometimes' is not true or false",
            "not a list|name: S1\\nport: 1\\nunits: {id: U1}|units|3|8|expected a list",
            "null for a primitive|name: S1\\nport: ~|port|2|7|expected a whole number",
    })
    void aWrongValueIsNamedAtItsPlace(String name, String text, String path, int line, int column, String reason) {
        YamlFileException e = catchThrowableOfType(YamlFileException.class,
                () -> YamlBinding.bind(YamlReader.read("s.yaml", text.replace("\\n", "\n")), Station.class));
        assertThat(e).as(name).isNotNull();
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.getMessage()).doesNotContain("java", "Integer", "Boolean", "Station", "Unit(");
    }

    @Test
    void aValueThatIsNotInTheDocumentIsNamedByPathAlone() {
        YamlNode document = YamlReader.read("s.yaml", "name: S1\n");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) YamlBinding.json(document);
        tree.put("port", "eighty");
        YamlFileException e = catchThrowableOfType(YamlFileException.class,
                () -> YamlBinding.bind(tree, Station.class, document));
        assertThat(e.path()).isEqualTo("port");
        assertThat(e.line()).isZero();
        assertThat(e.reasonWithPosition()).isEqualTo("'eighty' is not a whole number");
    }
}
