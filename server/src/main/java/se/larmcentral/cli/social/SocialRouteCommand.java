package se.larmcentral.cli.social;


import se.larmcentral.centre.social.SwedishLocalInstant;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.core.PhoneNumber;
import se.larmcentral.journal.EventCodec;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.centre.social.SocialViews.DecisionView;
import se.larmcentral.social.Channel;
import se.larmcentral.social.RouteRequest;
import se.larmcentral.social.SocialDecision;
import se.larmcentral.social.SocialRouter;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code larm social route}: the routing decision from the stored state, printed as JSON. Nothing is recorded. */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = {"Print where a social call goes, as JSON, decided on the stored centre's state. Nothing is recorded.",
                "Example: larm social route --municipality 0180 --at 2025-12-24T18:00"})
public final class SocialRouteCommand implements Callable<Integer> {

    private static final String DIRECT = "direct:";

    @Option(names = "--municipality", paramLabel = "CODE",
            description = "the municipality's four-digit SCB code (optional with --via direct:NUMBER)")
    String municipality;

    @Option(names = "--at", required = true, paramLabel = "TIME",
            description = {"when the call comes in: a bare local date-time (2025-12-24T18:00) is Swedish local time"
                    + " (Europe/Stockholm); an explicit offset (2025-12-24T18:00+01:00) is always accepted.",
                    "A time that does not exist (spring change) or occurs twice (autumn change) needs an explicit offset."})
    String at;

    @Option(names = "--via", paramLabel = "112|direct:NUMBER", defaultValue = "112",
            description = "how the call reaches the centre: 112 (default) or a municipality's direct number, e.g. direct:+46846500490")
    String via;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file (YAML) naming the stored centre; default the demo's ./data")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        Instant instant = SwedishLocalInstant.parse("--at", at);
        RouteRequest request = request(instant);
        DecisionView view;
        try (Centre centre = OfflineCentre.open(OfflineCentre.settings(config))) {
            view = centre.loop().read(s -> {
                SocialDecision d = SocialRouter.route(s.social(), request);
                if (municipality != null && !municipality.strip().equals(d.municipality())) {
                    throw new InvalidInputException("--via", d.directNumber() + " is the direct number of municipality "
                            + d.municipality() + ", not of " + municipality.strip());
                }
                // a direct number may be a customer's on-call line
                return DecisionView.of(d, s.social().requireLineOwner("municipality", d.municipality()), null);
            });
        }
        spec.commandLine().getOut().println(EventCodec.newObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(view));
        return 0;
    }

    private RouteRequest request(Instant instant) {
        String channel = via == null ? "112" : via.strip();
        if (channel.startsWith(DIRECT)) {
            PhoneNumber number = PhoneNumber.parse("--via", channel.substring(DIRECT.length()));
            return new RouteRequest(null, number, Channel.DIRECT_NUMBER, instant);
        }
        if (!channel.equals("112")) {
            throw new InvalidInputException("--via", "must be 112 or direct:NUMBER, was '" + via + "'");
        }
        if (municipality == null || !municipality.strip().matches("[0-9]{4}")) {
            throw new InvalidInputException("--municipality", municipality == null
                    ? "is missing; give the municipality's four-digit SCB code, e.g. 0180"
                    : "must be a four-digit SCB code, was '" + municipality + "'");
        }
        return new RouteRequest(municipality.strip(), null, Channel.EMERGENCY_112, instant);
    }
}
