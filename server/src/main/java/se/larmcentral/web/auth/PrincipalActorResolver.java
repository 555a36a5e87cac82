package se.larmcentral.web.auth;


import se.larmcentral.centre.accounts.Principal;
import io.javalin.http.Context;
import se.larmcentral.core.Actor;

/** The actor of a command is the authenticated account behind the request; nobody may change anything. */
public final class PrincipalActorResolver implements ActorResolver {

    @Override
    public Actor resolve(Context request) {
        return RequestPrincipal.of(request).map(Principal::actor).orElseThrow(() -> new UnauthenticatedException(
                "log in (POST /api/session) or send an API token (Authorization: Bearer ...): every change is someone's"));
    }
}
