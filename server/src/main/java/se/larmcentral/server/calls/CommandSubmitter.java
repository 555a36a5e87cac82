package se.larmcentral.server.calls;

import io.javalin.http.Context;
import se.larmcentral.core.Actor;
import se.larmcentral.core.Command;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.server.centre.CentreState;
import se.larmcentral.server.http.CommandGateway;

import java.time.Duration;
import java.util.function.Function;

/**
 * Who submits the calls commands: the person behind an HTTP request (through the gateway) or a system actor (the
 * AML receiver, the demo's call generator). The orchestration works the same for both.
 */
interface CommandSubmitter {

    <R> R execute(Command<CentreState, R> command);

    <T> T read(Function<CentreState, T> query);

    /** As the actor of this request. */
    static CommandSubmitter of(CommandGateway gateway, Context ctx) {
        return new CommandSubmitter() {
            @Override
            public <R> R execute(Command<CentreState, R> command) {
                return gateway.execute(ctx, command);
            }

            @Override
            public <T> T read(Function<CentreState, T> query) {
                return gateway.read(query);
            }
        };
    }

    /** As a system actor, straight on the command loop. */
    static CommandSubmitter of(CommandLoop<CentreState> loop, Actor actor, Duration timeout) {
        return new CommandSubmitter() {
            @Override
            public <R> R execute(Command<CentreState, R> command) {
                return loop.execute(actor, command, timeout);
            }

            @Override
            public <T> T read(Function<CentreState, T> query) {
                return loop.read(query);
            }
        };
    }
}
