package se.larmcentral.centre;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;

import java.util.function.Function;

/**
 * How every front acts on the centre, in plain Java: a command as someone, answered once its events are durable
 * (or refused with the {@link se.larmcentral.core.DomainException} the command threw), and reads of the durable
 * state. The web, the telephony, the simulator and the command line all come through here.
 */
public interface CommandPort {

    <R> R execute(Actor actor, Command<CentreState, R> command);

    <T> T read(Function<? super CentreState, T> query);

    /** This port, acting as {@code actor}. */
    default CommandSubmitter as(Actor actor) {
        return new CommandSubmitter(this, actor);
    }
}
