package se.larmcentral.cli.calls;

import se.larmcentral.cli.JsonOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.larmcentral.calls.location.PidfLoLocation;
import se.larmcentral.calls.location.PidfLoParser;
import se.larmcentral.core.DomainException;

import java.util.concurrent.Callable;

/**
 * {@code larm calls pidf-lo parse FILE|-}: parses a PIDF-LO body (point, circle, civic address; no external entities
 * are read) and prints the location as JSON. Exit 0 when it is usable, 1 with the reason on standard error when it is
 * malformed, 2 when the file cannot be read.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse a PIDF-LO location body from FILE or standard input (-) and print the location as JSON.",
                "Exit 0: usable; 1: malformed (the reason on standard error); 2: unreadable."})
public final class PidfLoParseCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "the PIDF-LO body; - for standard input")
    String file;

    @Override
    public Integer call() throws Exception {
        String xml = InputText.read(file);
        PidfLoLocation location;
        try {
            location = PidfLoParser.parse(xml);
        } catch (DomainException e) {
            spec.commandLine().getErr().println(e.field() + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
        JsonOutput.print(spec, location);
        return 0;
    }
}
