package se.larmcentral.server;

import se.larmcentral.core.Actor;
import se.larmcentral.server.auth.Authenticator;
import se.larmcentral.server.auth.Principal;
import se.larmcentral.server.auth.Role;
import se.larmcentral.server.auth.UnauthenticatedException;
import se.larmcentral.server.config.Settings;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one seam through which tests act as someone: start a centre, and sign a request as a principal. Every test
 * client (TestServer, CallsCentre, DispatchCentre, SocialServer, TriageCentre) and the access tests go through it.
 * <p>
 * For now the credentials are test tokens ({@code Authorization: Bearer test-N}) that a test-only
 * {@link Authenticator} maps back to the principal. <b>At merge with accounts</b>: make {@link #start} the real
 * start ({@code LarmServer.start(settings, clock)}) and make {@link #as} send a real API token of an account holding
 * the principal's roles, municipalities and unit (created on {@code server}, once per principal and server); nothing
 * else in the tests changes.
 */
public final class TestPrincipals {

    /** Holds every role: what the shared test clients act as, so tests of behaviour are not about access. */
    public static final Principal EVERY_ROLE = roles("operator-7", Role.values());

    /** The AML receivers' and telephony's machine principal. */
    public static final Principal INTEGRATION = roles("aml-gateway", Role.INTEGRATION);

    private static final String PREFIX = "Bearer test-";
    private static final Map<String, Principal> BY_TOKEN = new ConcurrentHashMap<>();
    private static final Map<Principal, String> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    /** Test tokens to principals; no credentials → nobody; a token it did not issue → 401, as a revoked one. */
    static final Authenticator AUTHENTICATOR = request -> {
        String header = request.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        Principal principal = header.startsWith(PREFIX) ? BY_TOKEN.get(header.substring("Bearer ".length())) : null;
        if (principal == null) {
            throw new UnauthenticatedException("the credentials are not valid");
        }
        return Optional.of(principal);
    };

    private TestPrincipals() {
    }

    /** A centre that knows the principals this class signs requests as. */
    public static LarmServer start(Settings settings, Clock clock) {
        return LarmServer.start(settings, clock, AUTHENTICATOR);
    }

    /** The request signed as {@code principal} on {@code server}. */
    public static HttpRequest.Builder as(LarmServer server, Principal principal, HttpRequest.Builder request) {
        return request.setHeader("Authorization", "Bearer " + token(principal));
    }

    /** The request as it is when it says who sends it, else signed as {@code principal}. */
    public static HttpRequest signedAs(LarmServer server, Principal principal, HttpRequest request) {
        if (request.headers().firstValue("Authorization").isPresent()) {
            return request;
        }
        return as(server, principal, HttpRequest.newBuilder(request, (name, value) -> true)).build();
    }

    public static Principal roles(String actor, Role... roles) {
        return new Principal(Actor.person(actor), roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                Set.of(), null);
    }

    /** A municipality administrator of these municipalities (SCB codes). */
    public static Principal municipalityAdmin(String actor, String... codes) {
        return new Principal(Actor.person(actor), Set.of(Role.MUNICIPALITY_ADMIN), Set.of(codes), null);
    }

    /** A unit's own terminal. */
    public static Principal unitDevice(String unitId) {
        return new Principal(Actor.person("device-" + unitId), Set.of(Role.UNIT_DEVICE), Set.of(), unitId);
    }

    private static String token(Principal principal) {
        return TOKENS.computeIfAbsent(principal, p -> {
            String token = "test-" + NEXT.incrementAndGet();
            BY_TOKEN.put(token, p);
            return token;
        });
    }
}
