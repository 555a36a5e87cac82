package se.larmcentral.eido;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** NENA's EIDO schema read from ../shared/data, NENA's sample, and documents broken one way at a time. */
class EidoSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static EidoSchema schema;
    private static byte[] sample;

    @BeforeAll
    static void load() throws Exception {
        schema = EidoSchema.load(EidoFiles.schema());
        sample = Files.readAllBytes(EidoFiles.sample());
    }

    @Test
    void nenasSampleIsValid() {
        JsonNode read = schema.read(sample);
        assertThat(read.path("eidoVersion").asText()).isEqualTo("1.0");
        assertThat(schema.check(read)).isEmpty();
    }

    @Test
    void aMissingSchemaFileIsNamed() {
        Path missing = Path.of("target/no-such-dir/openapi.yaml");
        assertThatThrownBy(() -> EidoSchema.load(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("openapi.yaml").hasMessageContaining("is missing");
    }

    @Test
    void everyProblemIsNamedWithItsPath() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(sample);
        broken.remove("agencyComponent");
        broken.put("eidoVersion", "2.0");
        broken.put("lastUpdateTimeStamp", "yesterday at noon");
        ObjectNode call = (ObjectNode) broken.withArray("callComponent").get(0);
        call.put("direction", "sideways");
        call.remove("callStartTimestamp");
        ((ObjectNode) broken.withArray("locationComponent").get(1)).put("locationTypeDescriptionRegistryText", 7);

        EidoRefusedException refused = catchThrowableOfType(EidoRefusedException.class,
                () -> schema.read(JSON.writeValueAsBytes(broken)));

        assertThat(refused.problems()).extracting(EidoProblem::path).contains("$.agencyComponent", "$.eidoVersion",
                "$.lastUpdateTimeStamp", "$.callComponent[0].direction", "$.callComponent[0].callStartTimestamp",
                "$.locationComponent[1].locationTypeDescriptionRegistryText");
        assertThat(refused.problems()).contains(
                new EidoProblem("$.agencyComponent", "is required and missing"),
                new EidoProblem("$.eidoVersion", "must be one of '1.0', is '2.0'"),
                new EidoProblem("$.callComponent[0].direction", "must be one of 'incoming', 'outgoing', 'internal', is 'sideways'"),
                new EidoProblem("$.callComponent[0].callStartTimestamp", "is required and missing"),
                new EidoProblem("$.locationComponent[1].locationTypeDescriptionRegistryText", "must be a string, is a whole number"));
        assertThat(refused.problems()).filteredOn(p -> p.path().equals("$.lastUpdateTimeStamp")).singleElement()
                .satisfies(p -> assertThat(p.problem()).startsWith("must be a date and time"));
        assertThat(refused.problems()).allSatisfy(p -> assertThat(p.problem()).doesNotContain("com.networknt", "Exception"));
    }

    @Test
    void aReferenceWithoutItsIdIsRefused() throws Exception {
        ObjectNode broken = (ObjectNode) JSON.readTree(sample);
        ((ObjectNode) broken.get("updatedByAgencyReference")).remove("$ref");
        assertThat(schema.check(broken)).contains(new EidoProblem("$.updatedByAgencyReference['$ref']", "is required and missing"));
    }

    @Test
    void notAnObjectNotJsonAndTwoDocumentsAreRefused() {
        assertThat(problemsOf("[1, 2]")).containsExactly(new EidoProblem("$", "must be a JSON object (an EIDO), is a list"));
        assertThat(problemsOf("{\"eidoVersion\": ")).singleElement().satisfies(p -> assertThat(p.problem()).startsWith("not JSON"));
        assertThat(problemsOf("{} {}")).singleElement().satisfies(p -> assertThat(p.problem()).contains("more than one"));
        assertThat(problemsOf("")).singleElement().satisfies(p -> assertThat(p.problem()).contains("empty"));
        assertThat(problemsOf("{\"a\": 1, \"a\": 2}")).singleElement().satisfies(p -> assertThat(p.problem()).contains("Duplicate"));
    }

    @Test
    void oversizedAndDeeplyNestedDocumentsAreRefusedUnread() throws Exception {
        ObjectNode big = (ObjectNode) JSON.readTree(sample);
        big.put("padding", "x".repeat(EidoSchema.MAX_BYTES));
        assertThat(problemsOf(JSON.writeValueAsString(big))).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("at most " + EidoSchema.MAX_BYTES));

        String deep = "{\"a\":".repeat(EidoSchema.MAX_DEPTH + 1) + "1" + "}".repeat(EidoSchema.MAX_DEPTH + 1);
        assertThat(problemsOf(deep)).containsExactly(new EidoProblem("$", "objects and arrays are nested deeper than "
                + EidoSchema.MAX_DEPTH + " levels"));
        ArrayNode nested = JSON.createArrayNode();
        ArrayNode inner = nested;
        for (int i = 0; i < EidoSchema.MAX_DEPTH - 2; i++) {
            inner = inner.addArray();
        }
        ObjectNode fine = (ObjectNode) JSON.readTree(sample);
        fine.set("x-nested", nested);
        assertThat(schema.check(schema.read(JSON.writeValueAsBytes(fine)))).isEmpty();
    }

    private static java.util.List<EidoProblem> problemsOf(String text) {
        return catchThrowableOfType(EidoRefusedException.class, () -> schema.read(text.getBytes(StandardCharsets.UTF_8)))
                .problems();
    }
}
