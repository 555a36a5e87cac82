package se.larmcentral.cli.dispatch;

import se.larmcentral.dispatch.DispatchState;
import se.larmcentral.dispatch.LoadFleet;
import se.larmcentral.dispatch.file.FleetFileReader;
import se.larmcentral.centre.Centre;
import se.larmcentral.cli.OfflineCentre;
import se.larmcentral.config.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;

/**
 * Where a command-line query finds its fleet: the stored centre when it has one (opened offline, read, closed), else
 * the shipped Stockholm demo fleet. {@link #describe} says which.
 */
final class FleetSource {

    private FleetSource() {
    }

    /** The answer of a query on a dispatch state, and which fleet it ran on. */
    record Answered<T>(T answer, String fleet) {
    }

    static <T> Answered<T> query(Settings settings, Instant now, Function<DispatchState, T> query) {
        if (storedCentreExists(settings)) {
            try (Centre centre = OfflineCentre.open(settings)) {
                Answered<T> stored = centre.loop().read(state -> state.dispatch().units().isEmpty() ? null
                        : new Answered<>(query.apply(state.dispatch()), "stored centre under " + settings.dataDir()
                                + " (" + state.dispatch().units().size() + " units)"));
                if (stored != null) {
                    return stored;
                }
            }
        }
        var fleet = FleetFileReader.demoStockholm();
        return new Answered<>(query.apply(LoadFleet.freshState(fleet, now)), "demo fleet: " + fleet.name()
                + (fleet.illustrative() ? " (illustrative positions)" : "") + "; the stored centre under "
                + settings.dataDir() + " has no fleet");
    }

    /** An embedded journal that was never written is not created just to find it empty. */
    private static boolean storedCentreExists(Settings settings) {
        String url = settings.journal().url();
        if (url != null && !url.isBlank()) {
            return true;
        }
        Path journal = settings.dataDir().resolve("journal");
        return Files.isRegularFile(journal.resolve("journal.mv.db"));
    }
}
