package se.larmcentral.web.auth.session;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import se.larmcentral.core.UnavailableException;
import se.larmcentral.journal.CommandLoop;
import se.larmcentral.web.auth.Authenticator;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.UnauthenticatedException;
import se.larmcentral.centre.accounts.Account;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.centre.CentreState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is behind a request: an API token ({@code Authorization: Bearer ...}) or a login session cookie, each mapped
 * to its account as the journal holds it now (so changed roles apply at the next request). Present but wrong
 * credentials are refused with 401; none at all is nobody. A state-changing request on a session must come from
 * this site and carry the session's {@code X-CSRF-Token}; a bearer token cannot be sent by a browser on its own, so
 * it needs none.
 */
public final class AccountAuthenticator implements Authenticator {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "larm.session";
    private static final Set<String> PROBES = Set.of("/health", "/ready", "/metrics");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final CommandLoop<CentreState> loop;
    private final Sessions sessions;
    private final Clock clock;
    private final boolean behindTlsProxy;

    public AccountAuthenticator(CommandLoop<CentreState> loop, Sessions sessions, Clock clock, boolean behindTlsProxy) {
        this.loop = loop;
        this.sessions = sessions;
        this.clock = clock;
        this.behindTlsProxy = behindTlsProxy;
    }

    @Override
    public Optional<Principal> authenticate(Context request) {
        try {
            return authenticateNow(request);
        } catch (UnavailableException e) {
            // The accounts are rebuilt with the state while the journal database is away: the probes must still
            // answer (alive, not ready), so they go on as nobody; everything else answers 503.
            if (PROBES.contains(request.path())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Principal> authenticateNow(Context request) {
        String authorization = request.header("Authorization");
        if (authorization != null) {
            return Optional.of(bearer(authorization));
        }
        String cookie = request.cookie(Sessions.COOKIE);
        if (cookie == null || SessionRoutes.isLogin(request) || request.path().startsWith("/auth/oidc/")) {
            // A login (local or single sign-on) replaces whatever session the browser still remembers.
            return Optional.empty();
        }
        Sessions.Session session = sessions.find(cookie).orElseThrow(() -> {
            sessions.clearCookie(request);
            return new UnauthenticatedException("the session has ended; log in again");
        });
        Principal principal = principalOf(session).orElseThrow(() -> {
            sessions.end(session.id());
            sessions.clearCookie(request);
            return new UnauthenticatedException("the session has ended (the account was disabled or its password"
                    + " changed); log in again");
        });
        if (changesState(request.method())) {
            CrossSiteCheck.refuseCrossSite(request, behindTlsProxy);
            String presented = request.header(CSRF_HEADER);
            if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                    session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenResponse("a change on a login session needs the session's " + CSRF_HEADER
                        + " header (answered by POST and GET /api/session)");
            }
        }
        request.attribute(SESSION_ATTRIBUTE, session);
        return Optional.of(principal);
    }

    /**
     * Every method but the safe ones (GET, HEAD, OPTIONS) needs the CSRF token: POST, PUT, PATCH, DELETE and any
     * other, whether or not a route has it today.
     */
    static boolean changesState(HandlerType method) {
        return !SAFE.contains(method);
    }

    /** The login session the request was authenticated by, if it was. */
    public static Optional<Sessions.Session> sessionOf(Context request) {
        return Optional.ofNullable(request.attribute(SESSION_ATTRIBUTE));
    }

    private Principal bearer(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthenticatedException("the Authorization header must be 'Bearer <API token>'");
        }
        String token = authorization.substring(7).strip();
        Instant now = clock.instant();
        String hash = TokenSecret.hash(token);
        Optional<Principal> principal = loop.read(state -> state.accounts().tokenBySecretHash(hash)
                .filter(t -> t.validAt(now))
                .flatMap(t -> state.accounts().find(t.username()))
                .filter(a -> !a.disabled())
                .map(Account::principal));
        return principal.orElseThrow(() -> new UnauthenticatedException(
                "the API token is not valid (unknown, revoked or expired, or its account is disabled)"));
    }

    private Optional<Principal> principalOf(Sessions.Session session) {
        if (!session.local()) {
            return Optional.of(session.external());
        }
        return loop.read(state -> state.accounts().find(session.username()))
                .filter(a -> !a.disabled())
                .filter(a -> !session.startedAt().isBefore(a.passwordChangedAt()))
                .map(Account::principal);
    }

    static String normalUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
