package se.larmcentral.cli;

import picocli.CommandLine;
import se.larmcentral.core.DomainException;
import se.larmcentral.journal.JournalCorruptException;
import se.larmcentral.journal.JournalInUseException;
import se.larmcentral.config.InvalidSettingException;

import java.net.BindException;

/**
 * Failures a user can act on are printed as one clear line (exit 2 for bad input, 1 otherwise); anything else
 * keeps its stack trace, since it is a bug to report.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String command = "larm " + qualifiedName(cli);
        if (e instanceof InvalidSettingException || e instanceof DomainException || e instanceof JournalCorruptException) {
            cli.getErr().println(command + ": " + e.getMessage());
            return e instanceof DomainException d && d.kind() == DomainException.Kind.UNAVAILABLE ? 1 : 2;
        }
        if (e instanceof RunningCentre.CentreAnswered answered) {
            cli.getErr().println(command + ": " + e.getMessage());
            return answered.exitCode();
        }
        if (e instanceof JournalInUseException) {
            cli.getErr().println(command + ": " + e.getMessage());
            return 1;
        }
        BindException bind = causeOfType(e, BindException.class);
        if (bind != null) {
            cli.getErr().println(command + ": cannot listen on the configured address and port (setting 'http.port',"
                    + " 'http.host'): " + bind.getMessage() + ". Is another centre running? Choose another port"
                    + " (e.g. LARM_HTTP_PORT=8113 or --port).");
            return 1;
        }
        if (e instanceof java.io.UncheckedIOException) {
            cli.getErr().println(command + ": " + e.getMessage());
            return 1;
        }
        cli.getErr().println(command + ": unexpected failure (please report it):");
        e.printStackTrace(cli.getErr());
        return 1;
    }

    private static String qualifiedName(CommandLine cli) {
        String name = cli.getCommandName();
        for (CommandLine parent = cli.getParent(); parent != null && parent.getParent() != null; parent = parent.getParent()) {
            name = parent.getCommandName() + " " + name;
        }
        return name;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
