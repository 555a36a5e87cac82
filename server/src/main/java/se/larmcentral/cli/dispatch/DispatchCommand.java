package se.larmcentral.cli.dispatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm dispatch ...}: ambulance dispatch from the command line. */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = "Ambulance dispatch: ranked units, the fleet, the queue, hospital choice, loading a fleet file, and an incident as EIDO.",
        subcommands = {RecommendCommand.class, FleetCommand.class, QueueCommand.class, HospitalCommand.class,
                ImportCommand.class, IncidentsCommand.class, IncidentCommand.class,
                ExportEidoCommand.class})
public final class DispatchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
