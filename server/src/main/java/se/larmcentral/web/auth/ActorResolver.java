package se.larmcentral.web.auth;

import io.javalin.http.Context;
import se.larmcentral.core.Actor;

/**
 * The seam where authentication plugs in: every request that changes state is someone's. The server asks the
 * resolver who is acting before it submits a command; a resolver that cannot tell throws
 * {@link UnauthenticatedException} (401).
 */
@FunctionalInterface
public interface ActorResolver {

    Actor resolve(Context request);
}
