package se.larmcentral.cli.calls;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.larmcentral.calls.ReportedPosition;
import se.larmcentral.calls.location.AmlMessage;
import se.larmcentral.calls.location.AmlParser;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.journal.EventCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code larm calls aml parse FILE|-}: parses an AML message (SMS or HTTPS form, told apart by its start) and prints
 * every field as received, every value read, every problem and the position as JSON. Exit 0 without problems, 1 with
 * problems (the JSON is printed either way), 2 when the file cannot be read.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse an AML message (SMS A\"ML=1;... or HTTPS form body) from FILE or standard input (-)",
                "and print every field and problem as JSON. Exit 0: no problems; 1: problems (printed); 2: unreadable."})
public final class AmlParseCommand implements Callable<Integer> {

    /** What is printed: the parsed message and the position it gives, if any. */
    public record Output(AmlMessage message, ReportedPosition position) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the message; - for standard input")
    String file;

    @Override
    public Integer call() throws Exception {
        AmlMessage message = AmlParser.parse(InputText.read(file));
        ObjectMapper json = EventCodec.newObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(json.writeValueAsString(new Output(message, message.position().orElse(null))));
        spec.commandLine().getOut().flush();
        return message.hasProblems() ? 1 : 0;
    }
}
