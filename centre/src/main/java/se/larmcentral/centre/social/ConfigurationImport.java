package se.larmcentral.centre.social;

import se.larmcentral.core.Actor;
import se.larmcentral.core.DomainException;
import se.larmcentral.centre.Centre;
import se.larmcentral.centre.CentreState;
import se.larmcentral.social.file.ApplyConfiguration;
import se.larmcentral.social.file.PlacedCommand;

import java.time.Duration;
import java.util.List;

/**
 * Loads a checked configuration file's commands into a stored centre as one command
 * ({@link ApplyConfiguration}): the centre decides every part against what is stored and the journal records all
 * of them together, or, on any refusal, none.
 */
public final class ConfigurationImport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Refused; nothing was stored. The cause names the place in the file. */
    public static final class DoesNotFit extends RuntimeException {
        public final DomainException cause;

        DoesNotFit(DomainException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    private final Centre centre;

    public ConfigurationImport(Centre centre) {
        this.centre = centre;
    }

    /** Applies every command as {@code actor}, all or nothing; answers the places applied, in order. */
    public List<String> apply(List<PlacedCommand> commands, Actor actor) {
        try {
            return centre.loop().execute(actor, new ApplyConfiguration(commands).on(CentreState::social), TIMEOUT);
        } catch (DomainException e) {
            throw new DoesNotFit(e);
        }
    }
}
