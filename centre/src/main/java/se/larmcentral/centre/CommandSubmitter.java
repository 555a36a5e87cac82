package se.larmcentral.centre;

import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;

import java.util.function.Function;

/**
 * The centre as one actor sees it: the person behind a request, the AML receiver, a process of the centre, the
 * demo's simulated call-taker. Work that spans modules takes one of these, so it runs the same for all of them.
 */
public record CommandSubmitter(CommandPort port, Actor actor) {

    public <R> R execute(Command<CentreState, R> command) {
        return port.execute(actor, command);
    }

    public <T> T read(Function<? super CentreState, T> query) {
        return port.read(query);
    }
}
