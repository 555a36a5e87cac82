package se.larmcentral.cli.geo;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm geo ...}: the road network and the map, from the command line. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "The road network: travel time and distance between two points.",
        subcommands = {RouteCommand.class})
public final class GeoCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
