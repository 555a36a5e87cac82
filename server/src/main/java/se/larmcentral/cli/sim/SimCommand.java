package se.larmcentral.cli.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm sim ...}: a region's ambulance service simulated on the product's own dispatch engine. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Simulate a region's ambulance service on the product's dispatch engine: run a scenario, compare policies.",
        subcommands = {SimRunCommand.class, SimCompareCommand.class})
public final class SimCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
