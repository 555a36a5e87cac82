package se.larmcentral.server.social;

import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainException;
import se.larmcentral.server.centre.Centre;
import se.larmcentral.server.centre.CentreState;
import se.larmcentral.social.MunicipalityRegistry;
import se.larmcentral.social.SocialState;
import se.larmcentral.social.file.PlacedCommand;
import se.larmcentral.social.file.SocialConfigurationReader;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a checked configuration file's commands into a stored centre. First every command is tried on a copy
 * of the stored social state (the journal replayed), so that a file that does not fit what is stored is
 * refused with nothing applied; then the commands are submitted in order, stopping at the first refusal (which
 * only a concurrent change could cause) and saying which were applied.
 */
final class ConfigurationImport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Refused before anything was stored. */
    static final class DoesNotFit extends RuntimeException {
        final DomainException cause;

        DoesNotFit(DomainException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    /** Refused part-way: {@code applied} are the places of the commands that were stored. */
    static final class Stopped extends RuntimeException {
        final List<String> applied;
        final PlacedCommand refused;

        Stopped(List<String> applied, PlacedCommand refused, DomainException cause) {
            super(refused.place() + ": " + cause.getMessage(), cause);
            this.applied = applied;
            this.refused = refused;
        }
    }

    private final Centre centre;
    private final MunicipalityRegistry registry;
    private final Clock clock;

    ConfigurationImport(Centre centre, MunicipalityRegistry registry, Clock clock) {
        this.centre = centre;
        this.registry = registry;
        this.clock = clock;
    }

    /** Applies every command as {@code actor}; answers the places applied, in order. */
    List<String> apply(List<PlacedCommand> commands, Actor actor) {
        try {
            SocialConfigurationReader.dryRun(commands, storedState(), clock.instant());
        } catch (DomainException e) {
            throw new DoesNotFit(e);
        }
        List<String> applied = new ArrayList<>();
        for (PlacedCommand placed : commands) {
            try {
                centre.loop().execute(actor, placed.command().on(CentreState::social), TIMEOUT);
            } catch (DomainException e) {
                throw new Stopped(List.copyOf(applied), placed, e);
            }
            applied.add(placed.place());
        }
        return applied;
    }

    /** A private copy of the stored social state, rebuilt from the journal, to try the commands on. */
    private SocialState storedState() {
        SocialState copy = new SocialState(registry);
        centre.loop().journal().forEachAfter(0, row -> copy.apply(centre.codec().decode(row)));
        return copy;
    }
}
