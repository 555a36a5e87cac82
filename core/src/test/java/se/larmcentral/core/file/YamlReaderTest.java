package se.larmcentral.core.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shared reader: one good document, then one row per way a document is refused, each with its place. */
class YamlReaderTest {

    private static final String GOOD = """
            format: test/1
            name: "Station 1"
            units:
              - {id: U1, type: ambulance, staff: 2}
              - id: U2
                type: intensive-care-ambulance
                active: false
            """;

    enum UnitType { AMBULANCE, INTENSIVE_CARE_AMBULANCE }

    @Test
    void aGoodDocumentKnowsThePathLineAndColumnOfEveryNode() {
        YamlNode.Mapping root = YamlReader.read("test.yaml", GOOD).asMapping();
        assertThat(root.keys()).containsExactly("format", "name", "units");
        assertThat(root.required("name").asText()).isEqualTo("Station 1");
        List<YamlNode> units = root.required("units").asList();
        YamlNode.Mapping second = units.get(1).asMapping();
        assertThat(second.path()).isEqualTo("units[1]");
        assertThat(second.line()).isEqualTo(5);
        assertThat(second.column()).isEqualTo(5);
        YamlNode type = second.required("type");
        assertThat(type.path()).isEqualTo("units[1].type");
        assertThat(type.line()).isEqualTo(6);
        assertThat(type.column()).isEqualTo(11);
        assertThat(type.asConstant(UnitType.class)).isEqualTo(UnitType.INTENSIVE_CARE_AMBULANCE);
        assertThat(second.required("active").asBoolean()).isFalse();
        assertThat(units.get(0).asMapping().required("staff").asWholeNumber()).isEqualTo(2);
        assertThat(second.entries().get("type").line()).isEqualTo(6);
        assertThat(second.entries().get("type").column()).isEqualTo(5);
    }

    @Test
    void anEmptyDocumentIsANullRootThatSaysTheFileIsEmpty() {
        YamlNode root = YamlReader.read("empty.yaml", "# only a comment\n");
        assertThat(root.isNull()).isTrue();
        assertThatThrownBy(root::asMapping).isInstanceOf(YamlFileException.class)
                .hasMessage("empty.yaml: the file is empty (line 1, column 1)");
    }

    /** A row: what the document says, and what is refused where. */
    record Refusal(String name, String text, Function<YamlNode, Object> use, String path, int line, int column,
                   String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        Function<YamlNode, Object> readOnly = root -> root;
        return Stream.of(
                new Refusal("syntax error", "a: [1, 2\nb: 3\n", readOnly, "", 2, 2,
                        "is not valid YAML: expected ',' or ']', but got :, while parsing a flow sequence that starts"
                                + " at line 1, column 4"),
                new Refusal("tab indentation", "a:\n\tb: 1\n", readOnly, "", 2, 1, "is not valid YAML: found character"),
                new Refusal("duplicate key", "a: 1\nb: 2\na: 3\n", readOnly, "a", 3, 1,
                        "duplicate key 'a' (first at line 1)"),
                new Refusal("duplicate key deep down", "s:\n  - {id: x, id: y}\n", readOnly, "s[0].id", 2, 13,
                        "duplicate key 'id' (first at line 2)"),
                new Refusal("alias bomb", """
                        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                        """, readOnly, "a", 1, 4, "has an anchor (&a); anchors and aliases are not supported"),
                new Refusal("alias alone", "b: *a\n", readOnly, "b", 1, 4, "uses an alias (*a)"),
                new Refusal("merge key", "base: {x: 1}\nother:\n  <<: *base\n", readOnly, "other.<<", 3, 7,
                        "uses an alias (*base)"),
                new Refusal("tag", "a: !!binary aGVsbG8=\n", readOnly, "a", 1, 4, "has a tag (tag:yaml.org,2002:binary)"),
                new Refusal("custom tag", "a: !pwn x\n", readOnly, "a", 1, 4, "has a tag (pwn)"),
                new Refusal("second document", "a: 1\n---\nb: 2\n", readOnly, "", 3, 1, "holds more than one YAML document"),
                new Refusal("list as key", "? [a, b]\n: c\n", readOnly, "", 1, 4,
                        "is not valid YAML: a key must be plain text, not a list or a mapping"),
                new Refusal("too deep", "[".repeat(51) + "]".repeat(51), readOnly, "[0]".repeat(50), 1, 51,
                        "is nested deeper than 50 levels"),
                new Refusal("too large", "a: " + "x".repeat(YamlReader.MAX_CHARACTERS), readOnly, "", 0, 0,
                        "is too large: a data file may hold at most 3145728 characters (3 MiB)"),
                new Refusal("missing key", "a: 1\n", root -> root.asMapping().required("b"), "b", 1, 1, "'b' is missing"),
                new Refusal("null is missing", "a: 1\nb: ~\n", root -> root.asMapping().required("b"), "b", 2, 4,
                        "'b' is missing"),
                new Refusal("unknown key", "a: 1\nc: 2\n", root -> root.asMapping().onlyKeys(Set.of("b", "a")), "c", 2, 1,
                        "unknown key 'c'; expected one of [a, b]"),
                new Refusal("text where a list belongs", "s:\n  t: x\n", root -> root.asMapping().required("s").asList(),
                        "s", 2, 3, "must be a list, was a mapping"),
                new Refusal("list where text belongs", "s: [x]\n", root -> root.asMapping().required("s").asText(),
                        "s", 1, 4, "must be text, was a list"),
                new Refusal("empty text", "s: ''\n", root -> root.asMapping().required("s").asText(), "s", 1, 4,
                        "must not be empty"),
                new Refusal("wrong type at a path", "u:\n  - {n: 2}\n  - {n: two}\n",
                        root -> root.asMapping().required("u").asList().get(1).asMapping().required("n").asWholeNumber(),
                        "u[1].n", 3, 9, "must be a whole number, was text 'two'"),
                new Refusal("hexadecimal is not a whole number here", "n: 0x1F\n",
                        root -> root.asMapping().required("n").asWholeNumber(), "n", 1, 4,
                        "must be a whole number, was the number 0x1F"),
                new Refusal("not a boolean", "b: perhaps\n", root -> root.asMapping().required("b").asBoolean(), "b", 1, 4,
                        "must be true or false, was text 'perhaps'"),
                new Refusal("unknown constant", "t: tractor\n", root -> root.asMapping().required("t").asConstant(UnitType.class),
                        "t", 1, 4, "unknown value 'tractor'; expected one of [ambulance, intensive-care-ambulance]"),
                new Refusal("root not a mapping", "- a\n", YamlNode::asMapping, "", 1, 1,
                        "must be a mapping (key: value), was a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithThePathLineColumnAndReason(Refusal row) {
        YamlFileException e = catchThrowableOfType(YamlFileException.class,
                () -> row.use().apply(YamlReader.read("test.yaml", row.text())));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.source()).isEqualTo("test.yaml");
        assertThat(e.path()).isEqualTo(row.path());
        assertThat(e.line()).isEqualTo(row.line());
        assertThat(e.column()).isEqualTo(row.column());
        assertThat(e.reason()).startsWith(row.reason());
        assertThat(e.getMessage()).startsWith("test.yaml: ").doesNotContain("Exception", "java.", "snakeyaml", "jackson");
        assertThat(e.getStackTrace()).as("a file problem carries no stack trace to print").isEmpty();
    }

    @Test
    void aReaderThatGoesOnAndOnIsCutOffAtTheLimit() {
        StringReader endless = new StringReader("a: " + "x".repeat(YamlReader.MAX_CHARACTERS + 10));
        assertThatThrownBy(() -> YamlReader.read("big.yaml", endless)).isInstanceOf(YamlFileException.class)
                .hasMessageContaining("is too large");
    }

    @Test
    void theMessageNamesFilePathReasonLineAndColumnInPlainWords() {
        YamlFileException e = catchThrowableOfType(YamlFileException.class,
                () -> YamlReader.read("fleet.yaml", "a: 1\na: 2\n"));
        assertThat(e.getMessage()).isEqualTo("fleet.yaml: a: duplicate key 'a' (first at line 1) (line 2, column 1)");
        assertThat(e.reasonWithPosition()).isEqualTo("duplicate key 'a' (first at line 1) (line 2, column 1)");
    }
}
