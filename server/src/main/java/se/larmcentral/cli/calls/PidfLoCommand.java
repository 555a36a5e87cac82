package se.larmcentral.cli.calls;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm calls pidf-lo ...}: PIDF-LO location body tools. */
@Command(name = "pidf-lo", mixinStandardHelpOptions = true, description = "PIDF-LO location bodies (RFC 4119).",
        subcommands = {PidfLoParseCommand.class})
public final class PidfLoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
