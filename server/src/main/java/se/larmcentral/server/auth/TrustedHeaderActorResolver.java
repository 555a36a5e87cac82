package se.larmcentral.server.auth;

import io.javalin.http.Context;
import se.larmcentral.core.Actor;
import se.larmcentral.core.InvalidInputException;

/**
 * Development and demo resolver: takes the actor's name from the {@code X-Larm-Actor} header, or uses a fixed
 * fallback actor when there is none. It trusts the client, so it is only for a centre on one machine; accounts,
 * sessions and roles replace it (see the access-control work).
 */
public final class TrustedHeaderActorResolver implements ActorResolver {

    public static final String HEADER = "X-Larm-Actor";

    private final Actor fallback;

    /** @param fallback the actor of requests without the header, or null to refuse them */
    public TrustedHeaderActorResolver(Actor fallback) {
        this.fallback = fallback;
    }

    @Override
    public Actor resolve(Context request) {
        String name = request.header(HEADER);
        if (name == null || name.isBlank()) {
            if (fallback == null) {
                throw new UnauthenticatedException("say who is acting in the " + HEADER + " header");
            }
            return fallback;
        }
        try {
            return Actor.person(name.strip());
        } catch (InvalidInputException e) {
            throw new UnauthenticatedException(HEADER + " " + e.reason());
        }
    }
}
