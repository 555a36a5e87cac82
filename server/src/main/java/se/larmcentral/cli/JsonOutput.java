package se.larmcentral.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.web.triage.TriageJson;

/** Prints a command's answer as indented JSON on standard output (java.time as ISO-8601, as the API does). */
public final class JsonOutput {

    private static final ObjectMapper JSON = TriageJson.readable(EventCodec.newObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)); // the audit's subjects by their wire names

    private JsonOutput() {
    }

    /** The value as the API would write it, as a tree (so both ways of answering print alike). */
    public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    public static void print(CommandLine.Model.CommandSpec spec, Object value) {
        try {
            spec.commandLine().getOut().println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
        }
        spec.commandLine().getOut().flush();
    }
}
