package se.larmcentral.cli.social;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code larm social}: social on-call forwarding on the stored centre. */
@Command(name = "social", mixinStandardHelpOptions = true,
        description = "Social on-call forwarding (socialjour via 112) on the stored centre: route a call, import a configuration.",
        subcommands = {SocialRouteCommand.class, SocialImportCommand.class})
public final class SocialCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
