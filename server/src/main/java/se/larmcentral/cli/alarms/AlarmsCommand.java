package se.larmcentral.cli.alarms;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm alarms ...}: the alarm service (larmmottagning) from the command line. */
@Command(name = "alarms", mixinStandardHelpOptions = true,
        description = "The alarm service of the stored centre: figures per customer.",
        subcommands = {AlarmFiguresCommand.class, CommandLine.HelpCommand.class})
public final class AlarmsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
