package se.larmcentral.web.auth;


import se.larmcentral.centre.accounts.Principal;
import io.javalin.http.Context;
import se.larmcentral.web.Route;

import java.util.Optional;

/**
 * Asked before every endpoint's handler, reads included, with the route being called and who is calling (empty for
 * nobody), so a rule can be looked up per route. Refuses by throwing ({@link UnauthenticatedException} for 401).
 * {@link #OPEN} admits every request: for tests of the HTTP layer alone.
 */
@FunctionalInterface
public interface AccessGate {

    AccessGate OPEN = (request, route, principal) -> { };

    void admit(Context request, Route route, Optional<Principal> principal);
}
