package se.larmcentral.demo;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.core.DomainException;
import se.larmcentral.centre.CentreExtension;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.shiftlog.ShiftLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Loads the illustrative Stockholm demo data, once: each seed is marked in the journal when it is loaded in full,
 * so a second {@code ./larm demo} reuses what is stored and loads only seeds added since.
 */
public final class DemoData {

    private static final Actor LOADER = new Actor("demo-loader", Actor.Kind.SYSTEM);

    /** The demo's part of the centre: its events and the record of which seeds are loaded. */
    public static final CentreExtension EXTENSION = new CentreExtension(DemoEvent.class, "server", LoadedSeeds::new); // named server.* since the first demo journals

    private DemoData() {
    }

    /** The seeds, in the order they load. */
    static List<DemoSeed> seeds() {
        return List.of(
                new ShiftLogSeed(),
                new StockholmSocialSeed(),
                new DemoFleetSeed());
    }

    /**
     * Loads each seed the journal does not yet hold in full, marking it loaded after its last command, and returns
     * a report. A seed whose commands are refused (loaded in part by a start that was stopped half-way) is
     * reported and skipped: the centre still starts.
     */
    public static String loadMissing(CommandPort centre, Clock clock) {
        StringBuilder report = new StringBuilder("demo data:");
        for (DemoSeed seed : seeds()) {
            if (centre.read(state -> LoadedSeeds.of(state).contains(seed.name()))) {
                report.append(' ').append(seed.name()).append(": stored;");
                continue;
            }
            List<Command<CentreState, ?>> commands = seed.commands(clock.instant());
            try {
                for (Command<CentreState, ?> command : commands) {
                    centre.execute(LOADER, command);
                }
                centre.execute(LOADER, LoadedSeeds.markLoaded(seed.name()).on(LoadedSeeds::of));
                report.append(' ').append(seed.name()).append(": loaded (").append(commands.size()).append(" commands);");
            } catch (DomainException e) {
                report.append(' ').append(seed.name()).append(": NOT loaded (").append(e.getMessage())
                        .append("; the journal holds part of it from an interrupted start: delete the data folder to"
                                + " start over);");
            }
        }
        return report.toString();
    }

    private static final class ShiftLogSeed implements DemoSeed {
        @Override
        public String name() {
            return "shift log";
        }

        @Override
        public List<Command<CentreState, ?>> commands(Instant now) {
            return List.of(ShiftLog.write("Demo centre started. All data in this centre is illustrative:"
                    + " station positions, numbers and rosters are made up.").on(CentreState::shiftLog));
        }
    }
}
