package se.larmcentral.server.auth;

import io.javalin.http.Context;
import se.larmcentral.server.http.Route;

/**
 * The seam where access control plugs in: asked before every endpoint's handler, reads included, with the route
 * being called, so a rule can be looked up per route. Refuses by throwing ({@link UnauthenticatedException}
 * for 401). Until accounts and roles exist, {@link #OPEN} admits every request; commands still name their actor
 * through the {@link ActorResolver}.
 */
@FunctionalInterface
public interface AccessGate {

    AccessGate OPEN = (request, route) -> { };

    void admit(Context request, Route route);
}
