package se.larmcentral.eido;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NENA's EIDO schema (the {@code components/schemas} of its OpenAPI 3.0 document) and the check of a document
 * against its top-level object, {@code EmergencyIncidentDataObjectType}. The file is read where it lies (NENA
 * publishes it without a licence to copy it), never kept in this repository.
 *
 * <p>Two things in NENA's file are read as NENA meant them, in memory only: the references to NIEM component files
 * that NENA does not publish beside it ({@code NIEMComponents/nc.yaml#...}: the person, organisation and vehicle
 * details) admit anything, and {@code minItems: 1,} (a typo, a string) is read as 1.
 */
public final class EidoSchema {

    /** The EIDO standard the schema and this mapping follow. */
    public static final String STANDARD = "NENA-STA-021.1";
    /** The EIDO version documents carry ({@code eidoVersion}). */
    public static final String EIDO_VERSION = "1.0";
    /** A document larger than this is refused unread: an incident's EIDO is a few kilobytes. */
    public static final int MAX_BYTES = 1 << 20;
    /** Objects and arrays nested deeper than this are refused: NENA's deepest is 5 levels. */
    public static final int MAX_DEPTH = 32;

    private static final String TOP = "EmergencyIncidentDataObjectType";
    private static final String DOCUMENT_IRI = "urn:larmcentral:eido:openapi";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory LIMITED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_BYTES).maxStringLength(MAX_BYTES).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper READER = new ObjectMapper(LIMITED);

    private final Path file;
    private final Schema schema;

    private EidoSchema(Path file, Schema schema) {
        this.file = file;
        this.schema = schema;
    }

    /** Reads NENA's OpenAPI document at {@code file}; a missing or unreadable file is refused naming it. */
    public static EidoSchema load(Path file) {
        JsonNode openApi = document(file);
        ObjectNode document = JSON.createObjectNode();
        document.set("components", JSON.createObjectNode().set("schemas", asNenaMeant(openApi.path("components").path("schemas").deepCopy())));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true).locale(java.util.Locale.ENGLISH).build();
        // the document's root holds the schemas under components/schemas, as NENA's does: not a keyword to check
        Dialect openApi30 = Dialect.builder(Dialects.getOpenApi30()).keyword(new NonValidationKeyword("components")).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(openApi30, builder -> builder
                .schemaRegistryConfig(config).schemas(Map.of(DOCUMENT_IRI, document.toString())));
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#/components/schemas/" + TOP));
        schema.initializeValidators();
        return new EidoSchema(file, schema);
    }

    /**
     * NENA's OpenAPI document at {@code file}, read but not yet made a validator (that takes seconds): what start-up
     * checks of a configured file. Missing, unreadable or without the EIDO type: refused naming the file.
     */
    public static JsonNode document(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the EIDO schema file " + file.toAbsolutePath().normalize()
                    + " is missing (NENA's EIDO OpenAPI document, ../shared/data/eido/openapi.yaml)");
        }
        JsonNode openApi;
        try {
            openApi = new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the EIDO schema file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (openApi == null || !openApi.path("components").path("schemas").path(TOP).isObject()) {
            throw new IllegalStateException("the EIDO schema file " + file + " has no components/schemas/" + TOP);
        }
        return openApi;
    }

    /**
     * The schema file when none is configured: {@code eido/openapi.yaml} under {@code larm.sharedData} (the tests'
     * copy of the shared data), else under {@code ../shared/data} beside the installation ({@code larm.home}).
     */
    public static Path defaultFile() {
        String shared = System.getProperty("larm.sharedData");
        Path root = shared != null && !shared.isBlank() ? Path.of(shared)
                : Path.of(System.getProperty("larm.home", ".")).toAbsolutePath().normalize().resolveSibling("shared").resolve("data");
        return root.resolve("eido").resolve("openapi.yaml");
    }

    public Path file() {
        return file;
    }

    /**
     * Reads and checks a document from another centre: too large, too deep, not JSON, duplicate keys, and every
     * difference from the schema are refused together.
     */
    public JsonNode read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new EidoRefusedException(List.of(new EidoProblem("$", "the document is " + bytes.length
                    + " bytes; at most " + MAX_BYTES + " are read")));
        }
        JsonNode document;
        try (JsonParser parser = READER.createParser(bytes)) {
            document = READER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new EidoRefusedException(List.of(new EidoProblem("$", "more than one JSON value: send one EIDO document")));
            }
        } catch (StreamConstraintsException e) {
            throw new EidoRefusedException(List.of(new EidoProblem("$", e.getMessage().contains("nesting")
                    ? "objects and arrays are nested deeper than " + MAX_DEPTH + " levels"
                    : "the document exceeds the reading limits (" + MAX_BYTES + " bytes)")));
        } catch (JsonProcessingException e) {
            throw new EidoRefusedException(List.of(new EidoProblem("$", "not JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document == null || document.isMissingNode()) {
            throw new EidoRefusedException(List.of(new EidoProblem("$", "the document is empty")));
        }
        List<EidoProblem> problems = check(document);
        if (!problems.isEmpty()) {
            throw new EidoRefusedException(problems);
        }
        return document;
    }

    /** Every difference of {@code document} from the EIDO schema, in document order; empty when it is valid. */
    public List<EidoProblem> check(JsonNode document) {
        if (!document.isObject()) {
            return List.of(new EidoProblem("$", "must be a JSON object (an EIDO), is " + EidoWords.kind(document)));
        }
        Set<EidoProblem> found = new LinkedHashSet<>();
        for (Error error : schema.validate(document)) {
            found.add(EidoWords.problem(error));
        }
        List<EidoProblem> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparing(EidoProblem::path));
        return sorted;
    }

    /** NENA's schemas with unpublished external references opened and the {@code minItems} typo read as a number. */
    private static JsonNode asNenaMeant(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
                object.removeAll();
                return object;
            }
            JsonNode minItems = object.get("minItems");
            if (minItems != null && minItems.isTextual()) {
                object.put("minItems", Integer.parseInt(minItems.asText().replaceAll("[^0-9]", "")));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                asNenaMeant(fields.next().getValue());
            }
        } else if (node.isArray()) {
            node.forEach(EidoSchema::asNenaMeant);
        }
        return node;
    }
}
