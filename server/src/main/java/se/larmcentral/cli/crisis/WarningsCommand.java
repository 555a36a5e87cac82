package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.core.NotFoundException;
import se.larmcentral.crisis.cap.CapWriter;
import se.larmcentral.crisis.warning.CapMessage;
import se.larmcentral.crisis.warning.PublicWarning;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code larm crisis warnings list | show IDENTIFIER}: the stored centre's public warnings and 113 13 messages (every
 * stage, with who drafted, approved, published, updated and cancelled them) as JSON, or one published CAP message as
 * CAP 1.2 XML, as the public feed serves it.
 */
@Command(name = "warnings", mixinStandardHelpOptions = true,
        description = "The stored centre's public warnings (VMA) and 113 13 information: list as JSON, show one as CAP XML.",
        subcommands = {WarningsCommand.ListWarnings.class, WarningsCommand.Show.class, CommandLine.HelpCommand.class})
public final class WarningsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What {@code list} prints. */
    public record Listed(List<PublicWarning> warnings) {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every message, newest drafted first, with its stage and who took each step, as JSON.")
    static final class ListWarnings implements java.util.concurrent.Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
        Path config;

        @Override
        public Integer call() {
            List<PublicWarning> all;
            try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
                all = centre.loop().read(s -> s.warnings().all());
            }
            JsonOutput.print(spec, new Listed(all));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One published CAP message (Alert, Update or Cancel) as CAP 1.2 XML.")
    static final class Show implements java.util.concurrent.Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
        Path config;

        @Parameters(paramLabel = "IDENTIFIER", description = "the CAP identifier")
        String identifier;

        @Override
        public Integer call() {
            Optional<CapMessage> message;
            try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
                message = centre.loop().read(s -> s.warnings().capMessage(identifier));
            }
            CapMessage found = message.orElseThrow(() -> new NotFoundException("IDENTIFIER",
                    "no published CAP message '" + identifier + "' (drafts and approved messages are not public)"));
            spec.commandLine().getOut().print(new CapWriter().write(found));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
