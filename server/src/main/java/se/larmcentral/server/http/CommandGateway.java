package se.larmcentral.server.http;

import io.javalin.http.Context;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.server.auth.ActorResolver;
import se.larmcentral.centre.CentreState;

import java.time.Duration;
import java.util.function.Function;

/**
 * What a route handler uses to act: resolves who is acting, submits the command and waits until its events
 * are durable; reads go to the current durable state.
 */
public final class CommandGateway {

    private final CommandLoop<CentreState> loop;
    private final ActorResolver actors;
    private final Duration timeout;

    public CommandGateway(CommandLoop<CentreState> loop, ActorResolver actors, Duration timeout) {
        this.loop = loop;
        this.actors = actors;
        this.timeout = timeout;
    }

    public <R> R execute(Context ctx, Command<CentreState, R> command) {
        Actor actor = actors.resolve(ctx);
        return loop.execute(actor, command, timeout);
    }

    public <T> T read(Function<CentreState, T> query) {
        return loop.read(query);
    }

    public Actor actorOf(Context ctx) {
        return actors.resolve(ctx);
    }
}
