package se.larmcentral.web;

import io.javalin.http.Context;
import se.larmcentral.centre.CentreState;
import se.larmcentral.centre.CommandPort;
import se.larmcentral.centre.CommandSubmitter;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.web.auth.ActorResolver;

import java.util.function.Function;

/**
 * What a route handler uses to act: resolves who is acting and submits the command to the centre, which answers
 * once its events are durable; reads go to the current durable state.
 */
public final class CommandGateway {

    private final CommandPort centre;
    private final ActorResolver actors;

    public CommandGateway(CommandPort centre, ActorResolver actors) {
        this.centre = centre;
        this.actors = actors;
    }

    public <R> R execute(Context ctx, Command<CentreState, R> command) {
        return centre.execute(actors.resolve(ctx), command);
    }

    public <T> T read(Function<? super CentreState, T> query) {
        return centre.read(query);
    }

    public Actor actorOf(Context ctx) {
        return actors.resolve(ctx);
    }

    /** The centre as the person behind this request. */
    public CommandSubmitter submitter(Context ctx) {
        return centre.as(actors.resolve(ctx));
    }
}
