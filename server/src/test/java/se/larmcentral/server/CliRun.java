package se.larmcentral.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import se.larmcentral.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One {@code larm ...} command run in the test's JVM, as the CLI tests run it: its exit status and what it printed. */
public record CliRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code larm args...} through the real command line, capturing standard output and error. */
    public static CliRun larm(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Standard output read as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
