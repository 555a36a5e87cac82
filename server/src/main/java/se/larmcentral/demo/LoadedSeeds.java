package se.larmcentral.demo;

import se.larmcentral.centre.CentreState;
import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;
import se.larmcentral.core.Projection;
import se.larmcentral.core.Recorded;

import java.util.HashSet;
import java.util.Set;

/** Which demo seeds a centre's journal holds in full, so a later start loads only the ones it lacks. */
public final class LoadedSeeds implements Projection {

    private final Set<String> loaded = new HashSet<>();

    @Override
    public void apply(Recorded recorded) {
        if (recorded.event() instanceof DemoEvent.SeedLoaded seedLoaded) {
            loaded.add(seedLoaded.seed());
        }
    }

    /** The demo's record in a centre the demo runs. */
    static LoadedSeeds of(CentreState state) {
        return state.extension(LoadedSeeds.class);
    }

    public boolean contains(String seed) {
        return loaded.contains(seed);
    }

    static Command<LoadedSeeds, Void> markLoaded(String seed) {
        return (seeds, now) -> {
            if (seeds.contains(seed)) {
                throw new ConflictException("seed", "demo seed '" + seed + "' is already loaded");
            }
            return Decision.of(null, new DemoEvent.SeedLoaded(seed));
        };
    }
}
