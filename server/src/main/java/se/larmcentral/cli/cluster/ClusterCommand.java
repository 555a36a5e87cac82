package se.larmcentral.cli.cluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm cluster ...}: the nodes sharing a PostgreSQL journal. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"The nodes of a standby centre (several `larm serve` on one PostgreSQL journal): which one holds"
                + " the writer lease, under which epoch, until when, and what each node last said of itself.",
                "Example: larm cluster status --config larmcentral.yaml"},
        subcommands = {StatusCommand.class, CommandLine.HelpCommand.class})
public final class ClusterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
