package se.larmcentral.web.auth;


import se.larmcentral.centre.accounts.Principal;
import io.javalin.http.Context;

import java.util.Optional;

/**
 * Tells who is behind a request (a session cookie, an API token, ...), or nobody. Asked once per request before
 * the {@link AccessGate}; throws {@link UnauthenticatedException} only for credentials that are present but
 * wrong (an expired session, a revoked token, a missing CSRF token on a state-changing request).
 */
@FunctionalInterface
public interface Authenticator {

    Optional<Principal> authenticate(Context request);
}
