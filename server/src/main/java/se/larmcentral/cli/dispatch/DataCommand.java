package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm data ...}: the public data the product needs at run time (the OpenStreetMap extract). */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Public data the product needs: which OpenStreetMap extract to download, and downloading it.",
        subcommands = {FetchCommand.class, AdviceCommand.class})
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
