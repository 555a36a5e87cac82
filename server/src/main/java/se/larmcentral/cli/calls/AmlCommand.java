package se.larmcentral.cli.calls;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm calls aml ...}: Advanced Mobile Location tools. */
@Command(name = "aml", mixinStandardHelpOptions = true, description = "Advanced Mobile Location (AML) messages.",
        subcommands = {AmlParseCommand.class})
public final class AmlCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
