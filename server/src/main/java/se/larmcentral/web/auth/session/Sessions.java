package se.larmcentral.web.auth.session;

import io.javalin.http.Context;
import se.larmcentral.centre.accounts.Principal;
import se.larmcentral.web.auth.SessionStarter;
import se.larmcentral.centre.accounts.TokenSecret;
import se.larmcentral.config.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions, kept in memory (a restart ends them all): a random 256-bit id in an HttpOnly, SameSite=Strict
 * cookie (Secure over TLS), a CSRF token the console sends back on every change, an idle timeout and an absolute
 * lifetime. A local account's session follows the account: its roles are read on every request, and disabling it or
 * changing its password ends the session (see {@link AccountAuthenticator}). A single sign-on session keeps the
 * principal it was started with.
 */
public final class Sessions implements SessionStarter {

    public static final String COOKIE = "larm_session";
    private static final int PRUNE_EVERY = 64;

    /**
     * @param username  the local account, or null for a session of {@code external}
     * @param external  the principal of a single sign-on session, or null for a local account's
     */
    public record Session(String id, String csrfToken, String username, Principal external, Instant startedAt,
                          Instant lastSeenAt) {

        public boolean local() {
            return username != null;
        }

        @Override
        public String toString() {
            return "Session[" + (username != null ? username : external.actor().id()) + ", started " + startedAt + "]";
        }
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;
    private final boolean behindTlsProxy;
    private int startsSincePrune;

    public Sessions(Clock clock, Settings.Auth settings) {
        this.clock = clock;
        this.idle = Duration.ofMinutes(settings.sessionIdleMinutes());
        this.lifetime = Duration.ofHours(settings.sessionMaxHours());
        this.behindTlsProxy = settings.behindTlsProxy();
    }

    /** A single sign-on session (OpenID Connect): the principal as the identity provider's groups gave it. */
    @Override
    public String start(Context request, Principal principal) {
        return open(request, null, principal);
    }

    /** A local account's session. */
    public String startLocal(Context request, String username) {
        return open(request, username, null);
    }

    private String open(Context request, String username, Principal external) {
        prune();
        String old = request.cookie(COOKIE);
        if (old != null) {
            byId.remove(old);
        }
        Instant now = clock.instant();
        // A fresh id at every login, so an id planted before it (session fixation) is worth nothing.
        Session session = new Session(TokenSecret.randomText(32), TokenSecret.randomText(32), username, external, now, now);
        byId.put(session.id(), session);
        request.header("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure(request) ? "; Secure" : ""));
        return session.csrfToken();
    }

    /** The live session with this id, its last use moved to now; an ended one is forgotten. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        Session used = new Session(session.id(), session.csrfToken(), session.username(), session.external(),
                session.startedAt(), now);
        byId.replace(id, session, used);
        return Optional.of(used);
    }

    private boolean expired(Session session, Instant now) {
        return !now.isBefore(session.startedAt().plus(lifetime)) || !now.isBefore(session.lastSeenAt().plus(idle));
    }

    @Override
    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Ends every session of a local account (disabled, password reset). */
    public void endAllOf(String username) {
        byId.values().removeIf(s -> username.equals(s.username()));
    }

    /** Tells the browser to forget the cookie. */
    public void clearCookie(Context request) {
        request.header("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
                + (secure(request) ? "; Secure" : ""));
    }

    public int count() {
        return byId.size();
    }

    boolean secure(Context request) {
        return behindTlsProxy || "https".equalsIgnoreCase(request.scheme());
    }

    private synchronized void prune() {
        if (++startsSincePrune < PRUNE_EVERY) {
            return;
        }
        startsSincePrune = 0;
        Instant now = clock.instant();
        byId.values().removeIf(s -> expired(s, now));
    }
}
