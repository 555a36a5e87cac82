package se.larmcentral.eido;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.larmcentral.centre.CentreState;
import se.larmcentral.core.UnavailableException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * EIDO exchange for one centre: its agency id, the schema (read when first needed, so a centre without the file
 * runs and says what is missing only when EIDO is used), the export checked before it leaves.
 */
public final class EidoExchange {

    /** The agency id of the defaults (setting {@code exchange.agency}): a name no one else uses, never a real one. */
    public static final String DEFAULT_AGENCY = "larmcentral.invalid";

    private final Path schemaFile;
    private final String setting;
    private final EidoExport export;
    private volatile EidoSchema schema;

    /**
     * @param setting where the schema file is configured, named when it is missing ({@code exchange.eidoSchema})
     */
    public EidoExchange(Path schemaFile, String agency, String setting) {
        this.schemaFile = schemaFile;
        this.setting = setting;
        this.export = new EidoExport(agency);
    }

    public Path schemaFile() {
        return schemaFile;
    }

    public EidoSchema schema() {
        EidoSchema loaded = schema;
        if (loaded == null) {
            synchronized (this) {
                if (schema == null) {
                    try {
                        schema = EidoSchema.load(schemaFile);
                    } catch (RuntimeException e) {
                        throw new UnavailableException("EIDO exchange is not available: " + e.getMessage()
                                + "; set " + setting + " to NENA's EIDO OpenAPI document", e);
                    }
                }
                loaded = schema;
            }
        }
        return loaded;
    }

    /** Incident {@code incidentId} as an EIDO, checked against the schema: a document that fails is never sent. */
    public ObjectNode export(CentreState state, String incidentId, String exportedBy, Instant now) {
        return checked(unchecked(state, incidentId, exportedBy, now));
    }

    /** The EIDO as made from the state, to be {@link #checked} after the state's read lock is let go. */
    public ObjectNode unchecked(CentreState state, String incidentId, String exportedBy, Instant now) {
        schema(); // a missing schema is said before anything is made
        return export.of(state, incidentId, exportedBy, now);
    }

    /** {@code document} when it meets the schema; a document of ours that does not is our fault, never sent. */
    public ObjectNode checked(ObjectNode document) {
        String incidentId = document.path("incidentComponent").path("internalIncidentId").asText();
        List<EidoProblem> problems = schema().check(document);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the EIDO of incident " + incidentId + " does not meet the schema: "
                    + new EidoRefusedException(problems).getMessage());
        }
        return document;
    }

    /** A document from another centre: read, checked (every problem named) and mapped. */
    public Received receive(byte[] bytes) {
        JsonNode document = schema().read(bytes);
        return new Received(document, EidoImport.read(document), EidoImport.firstCallStart(document).orElse(null));
    }

    public String incidentUrn(String incidentId) {
        return export.incidentUrn(incidentId);
    }

    /** A document received, and the incident read from it. */
    public record Received(JsonNode document, se.larmcentral.centre.exchange.ImportIncident.IncidentImport incident,
                           Instant firstCallStart) {
    }
}
