package se.larmcentral.social;

import java.time.Instant;

import se.larmcentral.core.Command;
import se.larmcentral.core.ConflictException;
import se.larmcentral.core.Decision;

/** Creates a jour. Answers its id. */
public record DefineJour(Jour jour) implements Command<SocialState, String> {

    @Override
    public Decision<String> decide(SocialState state, Instant now) {
        if (state.jour(jour.id()).isPresent()) {
            throw new ConflictException("jour", "a jour with id '" + jour.id() + "' already exists");
        }
        return Decision.of(jour.id(), new JourDefined(jour));
    }
}
