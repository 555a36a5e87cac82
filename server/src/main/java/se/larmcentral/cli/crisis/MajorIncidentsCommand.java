package se.larmcentral.cli.crisis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.crisis.MajorIncidentViews;
import se.larmcentral.cli.JsonOutput;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.core.SwedishTime;
import se.larmcentral.crisis.incident.MajorIncident;
import se.larmcentral.crisis.incident.MajorIncidents;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code larm crisis incidents list|declare|end}: major incidents (särskilda händelser) on a stopped centre, as the
 * operating-system user; a running centre's are declared and ended over its HTTP API (the supervisor's view).
 * The area here is municipality codes only (a polygon over the API).
 */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Major incidents (särskilda händelser) of the stored centre: list, declare, end.",
        subcommands = {MajorIncidentsCommand.ListCommand.class, MajorIncidentsCommand.DeclareCommand.class,
                MajorIncidentsCommand.EndCommand.class, CommandLine.HelpCommand.class})
public final class MajorIncidentsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    abstract static class OnCentre implements Callable<Integer> {
        @Option(names = "--config", paramLabel = "FILE", description = "the centre's settings (default: the demo's)")
        Path config;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        <R> R execute(Centre centre, se.larmcentral.core.Command<CentreState, R> command) {
            return centre.loop().execute(OfflineCentre.user(), command, Duration.ofSeconds(30));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The major incidents not ended (--ended: every one), as JSON.")
    static final class ListCommand extends OnCentre {
        @Option(names = "--ended", description = "also the ended ones")
        boolean ended;

        @Override
        public Integer call() {
            Instant now = Instant.now();
            try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
                JsonOutput.print(spec, centre.loop().read(s -> MajorIncidentViews.list(s, ended, now)));
            }
            return 0;
        }
    }

    @Command(name = "declare", mixinStandardHelpOptions = true,
            description = "Declare a major incident for municipalities; prints it as JSON.")
    static final class DeclareCommand extends OnCentre {
        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "FIRE, TRAFFIC_ACCIDENT, CBRN, STORM, OUTAGE or OTHER")
        String type;

        @Option(names = "--municipalities", required = true, split = ",", paramLabel = "CODE",
                description = "SCB municipality codes, comma-separated (e.g. 0180,0184)")
        List<String> municipalities;

        @Option(names = "--start", paramLabel = "INSTANT", description = "instant with offset (default now)")
        String start;

        @Option(names = "--expected-end", required = true, paramLabel = "INSTANT",
                description = "when it is expected to be over, instant with offset")
        String expectedEnd;

        @Option(names = "--call-taker-text", required = true, paramLabel = "TEXT", description = "what the operators read")
        String callTakerText;

        @Option(names = "--caller-text", required = true, paramLabel = "TEXT",
                description = "what waiting callers hear (one line, at most 300 characters)")
        String callerText;

        @Override
        public Integer call() {
            Instant now = Instant.now();
            MajorIncidents.Declaration declaration = new MajorIncidents.Declaration(
                    MajorIncidentViews.type("--type", type), municipalities, null,
                    start == null ? now : SwedishTime.parseInstant("--start", start),
                    SwedishTime.parseInstant("--expected-end", expectedEnd), callTakerText, callerText);
            try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
                MajorIncident declared = execute(centre, MajorIncidents.declare(declaration,
                        OfflineCentre.user().id()).on(CentreState::majorIncidents));
                JsonOutput.print(spec, centre.loop().read(s -> MajorIncidentViews.one(s, declared.id(), Instant.now())));
            }
            return 0;
        }
    }

    @Command(name = "end", mixinStandardHelpOptions = true, description = "End a major incident; prints it as JSON.")
    static final class EndCommand extends OnCentre {
        @Parameters(index = "0", paramLabel = "ID", description = "the incident, e.g. major-1")
        String incidentId;

        @Option(names = "--reason", paramLabel = "TEXT", description = "why it is over")
        String reason;

        @Override
        public Integer call() {
            try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
                MajorIncident ended = execute(centre, MajorIncidents.end(incidentId, reason,
                        OfflineCentre.user().id()).on(CentreState::majorIncidents));
                JsonOutput.print(spec, centre.loop().read(s -> MajorIncidentViews.one(s, ended.id(), Instant.now())));
            }
            return 0;
        }
    }
}
