package se.larmcentral.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.larmcentral.cli.audit.AuditCommand;
import se.larmcentral.cli.calls.CallsCommand;
import se.larmcentral.cli.dispatch.DataCommand;
import se.larmcentral.cli.dispatch.DispatchCommand;
import se.larmcentral.cli.journal.JournalCommand;
import se.larmcentral.cli.sim.SimCommand;
import se.larmcentral.cli.social.SocialCommand;
import se.larmcentral.cli.geo.GeoCommand;
import se.larmcentral.cli.triage.TriageCommand;

/** {@code larm}: the product's command line. The {@code ./larm} script builds what is stale and calls this. */
@Command(name = "larm", mixinStandardHelpOptions = true, version = "Larmcentral 0.1.0",
        description = "Larmcentral: 112 call handling and dispatch.",
        subcommands = {ServeCommand.class, DemoCommand.class, SocialCommand.class, TriageCommand.class,
                DispatchCommand.class, GeoCommand.class, DataCommand.class, CallsCommand.class, UserCommand.class,
                AuditCommand.class, JournalCommand.class, se.larmcentral.cli.cluster.ClusterCommand.class,
                SimCommand.class, se.larmcentral.cli.crisis.CrisisCommand.class,
                se.larmcentral.cli.alarms.AlarmsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Also, from the ./larm script: ./larm test (every test), ./larm bench NAME (benchmarks)."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
