package se.larmcentral.server.calls.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import se.larmcentral.journal.EventCodec;

/** Prints a command's answer as indented JSON on the command line's standard output. */
final class JsonOutput {

    private static final ObjectMapper JSON = EventCodec.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static void print(CommandLine.Model.CommandSpec spec, Object value) throws JsonProcessingException {
        spec.commandLine().getOut().println(JSON.writeValueAsString(value));
        spec.commandLine().getOut().flush();
    }
}
