package se.larmcentral.web.auth;


import se.larmcentral.centre.accounts.Principal;
import io.javalin.http.Context;

import java.util.Optional;

/** Where the server keeps the request's authenticated principal, for the handlers and the actor resolver. */
public final class RequestPrincipal {

    private static final String ATTRIBUTE = "larm.principal";

    private RequestPrincipal() {
    }

    public static void set(Context request, Optional<Principal> principal) {
        request.attribute(ATTRIBUTE, principal.orElse(null));
    }

    public static Optional<Principal> of(Context request) {
        return Optional.ofNullable(request.attribute(ATTRIBUTE));
    }
}
