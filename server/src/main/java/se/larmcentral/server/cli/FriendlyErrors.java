package se.larmcentral.server.cli;

import picocli.CommandLine;
import se.larmcentral.core.DomainException;
import se.larmcentral.journal.JournalCorruptException;
import se.larmcentral.server.config.InvalidSettingException;

/**
 * Failures a user can act on are printed as one clear line (exit 2 for bad input, 1 otherwise); anything else
 * keeps its stack trace, since it is a bug to report.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (e instanceof InvalidSettingException || e instanceof DomainException || e instanceof JournalCorruptException) {
            cli.getErr().println("larm " + cli.getCommandName() + ": " + e.getMessage());
            return e instanceof DomainException d && d.kind() == DomainException.Kind.UNAVAILABLE ? 1 : 2;
        }
        if (e instanceof java.io.UncheckedIOException || e.getCause() instanceof java.net.BindException) {
            cli.getErr().println("larm " + cli.getCommandName() + ": " + e.getMessage());
            return 1;
        }
        cli.getErr().println("larm " + cli.getCommandName() + ": unexpected failure (please report it):");
        e.printStackTrace(cli.getErr());
        return 1;
    }
}
