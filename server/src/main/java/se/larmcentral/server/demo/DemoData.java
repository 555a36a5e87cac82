package se.larmcentral.server.demo;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.server.centre.CentreState;
import se.larmcentral.server.centre.ShiftLog;
import se.larmcentral.server.dispatch.DemoFleetSeed;
import se.larmcentral.server.social.StockholmSocialSeed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Loads the illustrative Stockholm demo data into an empty journal, once: a second {@code ./larm demo} finds
 * the journal non-empty and reuses what is stored.
 */
public final class DemoData {

    private static final Actor LOADER = new Actor("demo-loader", Actor.Kind.SYSTEM);

    private DemoData() {
    }

    /** The seeds, in the order they load. */
    static List<DemoSeed> seeds() {
        return List.of(
                new ShiftLogSeed(),
                new StockholmSocialSeed(),
                new DemoFleetSeed());
    }

    /** Loads every seed when the journal is empty; returns what it printed about it. */
    public static String loadIfEmpty(CommandLoop<CentreState> loop, Clock clock) {
        if (loop.lastSequence() > 0) {
            return "demo data: reusing the stored state (" + loop.lastSequence() + " events)";
        }
        StringBuilder report = new StringBuilder("demo data loaded:");
        for (DemoSeed seed : seeds()) {
            List<Command<CentreState, ?>> commands = seed.commands(clock.instant());
            for (Command<CentreState, ?> command : commands) {
                loop.execute(LOADER, command, Duration.ofSeconds(30));
            }
            report.append(' ').append(seed.name()).append(" (").append(commands.size()).append(" commands);");
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
